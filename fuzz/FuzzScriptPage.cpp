// A guided-call script page (Script_<id>): the JSON out of the page, then the script format's parser.
#include "FuzzSupport.h"
#include "kbsync/ScriptPages.h"
#include "scripts/ScriptFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hotline;
    const QByteArray bytes = fuzzBytes(data, size);
    const Result<QByteArray> json = kbsync::ScriptPage::jsonOf(QString::fromUtf8(bytes), QStringLiteral("proverka"));
    // The raw bytes as a script file too: a page whose JSON was extracted and one that was not both reach it.
    for (const QByteArray& content : {json ? json.value() : QByteArray(), bytes}) {
        const scripts::ScriptFormat::Outcome parsed = scripts::ScriptFormat::parse(content, QStringLiteral("proverka"));
        fuzzCheck(parsed.script.has_value() || !parsed.issues.isEmpty(), "an unparsed script has an issue");
    }
    return 0;
}
