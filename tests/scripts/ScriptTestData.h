#pragma once

// Scripts for the tests: a small valid one to vary, and helpers to check and look for problems.
#include "CatchQt.h"
#include "TestPaths.h"
#include "domain/ReferenceData.h"
#include "kb/KnowledgeBase.h"
#include "scripts/ScriptChecker.h"
#include "scripts/ScriptFormat.h"

namespace hotline::test {

// One node per line, so that every node has a line of its own (q1: 4, i1: 5, r1: 6, r2: 7, r3: 8).
inline const char* const kValidScript = R"({"id": "t-ok", "title": "Проверочный сценарий", "category": "subsidii",
 "keywords": ["проверка"], "sources": ["Источник для проверки"], "updated": "2026-12-01", "start": "q1",
 "nodes": [
  {"id": "q1", "type": "question", "label": "Статус", "text": "Вы уже ведёте бизнес?", "answers": [{"text": "Да", "to": "i1"}, {"text": "Нет", "to": "r2"}, {"text": "Жалоба", "to": "r3"}]},
  {"id": "i1", "type": "info", "text": "Ответ придёт до {{срок}}.", "next": "r1"},
  {"id": "r1", "type": "result", "label": "Модернизация", "article": "subsidiya-modernizatsiya"},
  {"id": "r2", "type": "result", "label": "Задача", "kind": "task", "days": 3, "agencies": ["mininvest"], "algorithm": "single", "category": "subsidii"},
  {"id": "r3", "type": "result", "label": "Жалоба", "article": "zhaloba-otkaz-v-subsidii"}
 ]}
)";

inline const kb::KnowledgeBase& shippedKb() {
    static const kb::KnowledgeBase::Loaded loaded = kb::KnowledgeBase::loadFromDir(kbDir());
    return loaded.kb;
}

inline const domain::ReferenceData& reference() {
    static const domain::ReferenceData ref =
        domain::ReferenceData::load(kbDir() + QStringLiteral("/reference")).value();
    return ref;
}

inline scripts::Script parseScript(const QByteArray& json, const QString& file) {
    const scripts::ScriptFormat::Outcome out = scripts::ScriptFormat::parse(json, file);
    for (const kb::KbIssue& i : out.issues)
        UNSCOPED_INFO(i.toString().toStdString());
    REQUIRE(out.script.has_value());
    return *out.script;
}

inline scripts::Script validScript() {
    return parseScript(kValidScript, QStringLiteral("scripts/t-ok.json"));
}

inline kb::KbIssues check(const QList<scripts::Script>& scripts) {
    return scripts::ScriptChecker::check(scripts, shippedKb(), &reference());
}

// The problems at `file`:`line` whose message holds every one of `words`.
inline int countIssues(const kb::KbIssues& issues, const QString& file, int line, const QStringList& words) {
    int n = 0;
    for (const kb::KbIssue& i : issues) {
        bool all = i.file == file && (line < 0 || i.line == line);
        for (const QString& w : words)
            all = all && i.message.contains(w);
        n += all;
    }
    return n;
}

inline void dump(const kb::KbIssues& issues) {
    for (const kb::KbIssue& i : issues)
        UNSCOPED_INFO(i.toString().toStdString());
}

} // namespace hotline::test
