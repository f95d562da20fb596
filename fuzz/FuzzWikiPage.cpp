// A KB article page from the wiki: the text the sync checks (validateArticle) and parses (ArticleParser).
#include "FuzzSupport.h"
#include "kb/ArticleParser.h"
#include "kbsync/WikiPublisher.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hotline;
    const QByteArray bytes = fuzzBytes(data, size);
    const Status valid = kbsync::WikiPublisher::validateArticle(QStringLiteral("proverka"), QString::fromUtf8(bytes));
    if (!valid)
        fuzzCheck(!valid.error().message.isEmpty(), "a rejected page says why");
    const kb::ArticleParser::Outcome parsed = kb::ArticleParser::parse(bytes, QStringLiteral("proverka.md"));
    fuzzCheck(parsed.article.has_value() || !parsed.issues.isEmpty(), "an unparsed page has an issue");
    return 0;
}
