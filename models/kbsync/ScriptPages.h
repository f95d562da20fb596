#pragma once

#include "domain/Result.h"
#include "scripts/Script.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hotline::kbsync {

// A guided script travels through the KB wiki as one page titled "Script_<id>": a heading and a sentence for a
// person who opens it in Redmine, then the script file (kb_data/scripts/<id>.json) unchanged in a ```json block.
// The underscore keeps the title apart from every article (an article id never has one) and the "Script_" prefix
// from the data pages ("Kb_categories", "Kb_synonyms").
struct ScriptPage {
    Q_DECLARE_TR_FUNCTIONS(ScriptPage)

public:
    static constexpr char kPrefix[] = "Script_";

    static QString title(const QString& scriptId);
    // Whether a wiki title is a script's page (Redmine may change the case of the first letter).
    static bool isScriptTitle(const QString& title);
    static QString scriptIdOf(const QString& title);
    // The key a workstation keeps the synced page under (the lower-cased title, as for every page).
    static QString pageKey(const QString& scriptId);

    // The page's Markdown holding the script file `json`.
    static QString pageText(const QString& title, const QByteArray& json);
    // The script file of a page, checked: a ```json block that reads as a script without problems, whose id is
    // `scriptId`. The file is returned as it is on the page.
    static Result<QByteArray> jsonOf(const QString& pageText, const QString& scriptId);
};

} // namespace hotline::kbsync
