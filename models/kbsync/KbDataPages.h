#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace hotline::kbsync {

// categories.json, synonyms.json and usage.json travel through the KB wiki as ordinary pages: a short note for
// a person who opens them in Redmine and the file itself in a ```json block. Their titles hold an underscore,
// which an article id never does, so they can never collide with an article. usage.json (how often the line's
// operators open each article after a search, kb/UsageStats) is published from the call log, not edited.
struct KbDataPage {
    Q_DECLARE_TR_FUNCTIONS(KbDataPage)

public:
    enum class Kind { Categories, Synonyms, Usage };
    static constexpr Kind kAll[] = {Kind::Categories, Kind::Synonyms, Kind::Usage};

    static constexpr char kCategoriesTitle[] = "Kb_categories";
    static constexpr char kSynonymsTitle[] = "Kb_synonyms";
    static constexpr char kUsageTitle[] = "Kb_usage";

    static QString title(Kind kind);
    static QString fileName(Kind kind); // "categories.json", "synonyms.json", "usage.json"
    // Which data page a wiki title names (Redmine may change the case of the first letter).
    static std::optional<Kind> fromTitle(const QString& title);

    // The page's Markdown holding `json`.
    static QString pageText(Kind kind, const QByteArray& json);
    // The JSON of a page, checked: categories with ids and titles on two levels, synonym groups, usage counts.
    static Result<QByteArray> jsonOf(Kind kind, const QString& pageText);
};

} // namespace hotline::kbsync
