// The categories, synonyms and usage pages (Kb_categories, Kb_synonyms, Kb_usage): the JSON out of the page, then
// the knowledge base loaded with that categories.json / synonyms.json.
#include "FuzzSupport.h"
#include "kb/KnowledgeBase.h"
#include "kbsync/KbDataPages.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hotline;
    if (size < 1)
        return 0;
    const auto kind = kbsync::KbDataPage::kAll[data[0] % 3];
    const QString page = QString::fromUtf8(fuzzBytes(data + 1, size - 1));
    const Result<QByteArray> json = kbsync::KbDataPage::jsonOf(kind, page);
    if (!json) {
        fuzzCheck(!json.error().message.isEmpty(), "a rejected page says why");
        return 0;
    }
    if (kind == kbsync::KbDataPage::Kind::Usage)
        return 0;
    static QTemporaryDir dir;
    QFile out(dir.filePath(kbsync::KbDataPage::fileName(kind)));
    fuzzCheck(out.open(QIODevice::WriteOnly | QIODevice::Truncate), "temporary file");
    out.write(json.value());
    out.close();
    (void)kb::KnowledgeBase::loadFromDir(dir.path());
    return 0;
}
