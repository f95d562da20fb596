#!/usr/bin/env python3
"""Derives kb_data/reference/*.json from the verified facts in ../shared/reference.

Run it again when the shared reference changes; the output is committed so the app ships without ../shared.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference"
OUT = ROOT / "kb_data" / "reference"

# Stable ids for the agencies in the shared list (ids are what articles and Redmine groups refer to).
AGENCY_IDS = {
    "Министерство инвестиций, промышленности и науки Московской области": "mininvest",
    "Министерство имущественных отношений Московской области": "minimushchestvo",
    "Комитет по конкурентной политике Московской области": "konkurs",
    "Комитет по архитектуре и градостроительству Московской области": "mosoblarkhitektura",
    "Главное управление государственного строительного надзора Московской области": "gosstroynadzor",
    "Министерство жилищной политики Московской области": "minzhilpolitiki",
    "Министерство строительного комплекса Московской области": "minstroy",
    "Министерство сельского хозяйства и продовольствия Московской области": "minselkhozprod",
    "Министерство потребительского рынка и услуг Московской области": "minpotrebrynok",
    "Министерство транспорта и дорожной инфраструктуры Московской области": "mintrans",
    "Министерство экологии и природопользования Московской области": "minekologii",
    "Министерство по содержанию территорий и государственному жилищному надзору Московской области": "minsoderzhaniya",
    "Главное управление государственного административно-технического надзора Московской области": "gosadmtekhnadzor",
    "Министерство благоустройства Московской области": "minblagoustroystva",
    "Министерство жилищно-коммунального хозяйства Московской области": "minzhkh",
    "Министерство энергетики Московской области": "minenergo",
    "Комитет по ценам и тарифам Московской области": "komtarif",
    "Министерство государственного управления, информационных технологий и связи Московской области": "mingosupravleniya",
    "Комитет лесного хозяйства Московской области": "komleskhoz",
    "Главное управление культурного наследия Московской области": "glavkultnasledie",
    "Министерство экономики и финансов Московской области": "minekonomiki",
    "Министерство культуры и туризма Московской области": "minkultury",
    "Министерство физической культуры и спорта Московской области": "minsport",
    "Министерство образования Московской области": "minobrazovaniya",
    "Министерство здравоохранения Московской области": "minzdrav",
    "Министерство социального развития Московской области": "minsotsrazvitiya",
}

# What the shared status says, normalised for the app and `kb check`: the shared list writes "REORGANIZED …" for a
# body merged into another and "UNCERTAIN …" (or confidence "low") for one whose current existence is not confirmed.
# The successor is the body that took over the work (abolished) or most likely does it now (uncertain).
SUCCESSORS = {
    "minpotrebrynok": "minselkhozprod",     # merged into Минсельхозпрод МО in 2020 (tass.ru/moskovskaya-oblast/7622307)
    "gosadmtekhnadzor": "minsoderzhaniya",  # functions possibly moved to the Министерство по содержанию территорий
}

# Short names callers use that the shared list does not spell out: the bare forms without «МО», ГАТН (the usual
# abbreviation of Госадмтехнадзор), and the «Мин…» forms of the ministries the shared list gives none for
# («Минсоцразвития Московской области»: riamobalashiha.ru, пресс-служба Мингосуправления).
EXTRA_SHORT_NAMES = {
    "gosadmtekhnadzor": ["ГАТН", "Госадмтехнадзор"],
    "mininvest": ["Мининвест"],
    "minimushchestvo": ["Минимущество"],
    "minzhilpolitiki": ["Минжилполитики"],
    "komtarif": ["Комитет по тарифам МО"],
    "minkultury": ["Минкультуры МО"],
    "minsport": ["Минспорт МО"],
    "minobrazovaniya": ["Минобразования МО"],
    "minzdrav": ["Минздрав МО"],
    "minsotsrazvitiya": ["Минсоцразвития МО"],
}


def agency_status(a):
    status = a["status"].strip().upper()
    if status.startswith("REORGANIZED") or status.startswith("ABOLISHED"):
        return "abolished"
    if status.startswith("UNCERTAIN") or a.get("confidence", "").strip().lower() == "low":
        return "uncertain"
    return "active"


def short_names(aid, names):
    # "Мособлконкурс (неофиц.)" → "Мособлконкурс", "«Министерство чистоты»" → "Министерство чистоты": the names are
    # matched against what an operator types, so remarks and quotes are not part of them.
    out = []
    for n in names + EXTRA_SHORT_NAMES.get(aid, []):
        n = re.sub(r"\s*\([^)]*\)", "", n).strip().strip("«»\"").strip()
        if n and n.casefold() not in (o.casefold() for o in out):
            out.append(n)
    return out


# Bodies the hotline routes to that are not central executive bodies of the region.
EXTRA_AGENCIES = [
    {"id": "omsu", "name": "Администрация муниципального образования (ОМСУ)", "short_names": ["ОМСУ", "администрация", "мэрия"],
     "kind": "municipal", "status": "active"},
    {"id": "shtab", "name": "Штаб по защите бизнеса в Московской области", "short_names": ["Штаб"],
     "kind": "coordination", "status": "active"},
    {"id": "ombudsman", "name": "Уполномоченный по защите прав предпринимателей в Московской области",
     "short_names": ["Бизнес-омбудсмен"], "kind": "coordination", "status": "active"},
    {"id": "cur_biznes", "name": "ЦУР-Бизнес (Центр управления регионом)", "short_names": ["ЦУР", "ЦУР-Бизнес"],
     "kind": "coordination", "status": "active"},
    {"id": "fns", "name": "Управление ФНС России по Московской области", "short_names": ["ФНС", "ИФНС", "налоговая"],
     "kind": "federal", "status": "active"},
    {"id": "rosreestr", "name": "Управление Росреестра по Московской области", "short_names": ["Росреестр"],
     "kind": "federal", "status": "active"},
    {"id": "mfc", "name": "Многофункциональные центры Московской области (МФЦ)", "short_names": ["МФЦ", "Мои документы"],
     "kind": "regional", "status": "active"},
    {"id": "fond_mfo", "name": "Московский областной фонд микрофинансирования",
     "short_names": ["Фонд микрофинансирования", "МОФМ"], "kind": "regional", "status": "active"},
]

CHANNELS = [
    {"id": "hotline_0150", "name": "Горячая линия 0150"},
    {"id": "invest_portal", "name": "Инвестиционный портал"},
    {"id": "msed", "name": "МСЭД"},
    {"id": "business_meetings", "name": "Встречи с бизнесом"},
    {"id": "dobrodel", "name": "Добродел"},
    {"id": "governor_mail", "name": "Почта Губернатора"},
    {"id": "social", "name": "Соцсети"},
    {"id": "ombudsman", "name": "Уполномоченный по защите прав предпринимателей"},
]

KINDS = [
    {"id": "simple", "name": "Простая консультация", "days": 1},
    {"id": "complex", "name": "Сложная консультация", "days": 2},
    {"id": "task", "name": "Задача", "days_min": 2, "days_max": 5},
    {"id": "complaint", "name": "Проблема/жалоба", "roadmap": True},
]

ALGORITHMS = [
    {"id": "single", "name": "Одно ведомство"},
    {"id": "multi", "name": "Несколько ведомств"},
    {"id": "omsu", "name": "С участием ОМСУ"},
]


def write(name, data):
    (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def calendar():
    src = json.loads((SHARED / "calendar_2025_2027.json").read_text(encoding="utf-8"))
    years = {}
    for year, y in src.items():
        if year.startswith("_"):
            continue
        years[year] = {
            "status": "verified" if y["status"] == "verified" else "provisional",
            "holidays": sorted(h["date"] for h in y["holidays"]),
            "days_off": sorted(y.get("off_days_besides_weekends_and_holidays", [])),
            "working_weekends": sorted(y.get("working_weekends", [])),
            "short_days": sorted(y.get("short_days", [])),
        }
    write("calendar.json", {"source": "shared/reference/calendar_2025_2027.json", "years": years})


def agencies():
    src = json.loads((SHARED / "agencies.json").read_text(encoding="utf-8"))
    out = []
    for a in src["agencies"]:
        aid = AGENCY_IDS.get(a["name"])
        if aid is None:
            sys.exit(f"gen_reference.py: no id for the agency «{a['name']}»: add it to AGENCY_IDS")
        status = agency_status(a)
        entry = {"id": aid, "name": a["name"], "short_names": short_names(aid, a.get("short_names", [])),
                 "kind": "regional", "status": status}
        if status != "active" and aid in SUCCESSORS:
            entry["successor"] = SUCCESSORS[aid]
        out.append(entry)
    out += EXTRA_AGENCIES
    ids = {e["id"] for e in out}
    for e in out:
        if e.get("successor") and e["successor"] not in ids:
            sys.exit(f"gen_reference.py: the successor «{e['successor']}» of «{e['id']}» is not an agency")
    write("agencies.json", {"source": "shared/reference/agencies.json", "agencies": out})


def municipalities():
    src = json.loads((SHARED / "municipalities.json").read_text(encoding="utf-8"))
    out = [{"name": m["name"], "type": m["type"], "center": m["admin_center"]} for m in src["municipalities"]]
    write("municipalities.json", {"source": "shared/reference/municipalities.json", "municipalities": out})


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    calendar()
    agencies()
    municipalities()
    write("channels.json", {"channels": CHANNELS})
    write("kinds.json", {"kinds": KINDS, "algorithms": ALGORITHMS})


if __name__ == "__main__":
    main()
