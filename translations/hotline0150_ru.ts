<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppealKind</name>
    <message>
        <source>Simple consultation</source>
        <translation>Простая консультация</translation>
    </message>
    <message>
        <source>Complex consultation</source>
        <translation>Сложная консультация</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Problem or complaint</source>
        <translation>Проблема/жалоба</translation>
    </message>
    <message>
        <source>One agency</source>
        <translation>Одно ведомство</translation>
    </message>
    <message>
        <source>Several agencies</source>
        <translation>Несколько ведомств</translation>
    </message>
    <message>
        <source>With the municipality (OMSU)</source>
        <translation>С участием ОМСУ</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: hotline-cli COMMAND [options]

Commands:
  deadline   registration day and deadlines of an appeal
  validate   check an INN, OGRN, OGRNIP, phone number or e-mail
  kb         knowledge base: check, search, stats

Options:
  -h, --help     this help; COMMAND --help for a command's options
  -v, --version  the version
</source>
        <translation>Использование: hotline-cli КОМАНДА [параметры]

Команды:
  deadline   день регистрации и сроки обращения
  validate   проверка ИНН, ОГРН, ОГРНИП, телефона или e-mail
  kb         база знаний: check (проверка), search (поиск), stats (статистика)

Параметры:
  -h, --help     эта справка; КОМАНДА --help — параметры команды
  -v, --version  версия
</translation>
    </message>
    <message>
        <source>Unknown command "%1".

%2</source>
        <translation>Неизвестная команда «%1».

%2</translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>Computes the registration day and the deadlines of an appeal.</source>
        <translation>Вычисляет день регистрации и сроки обращения.</translation>
    </message>
    <message>
        <source>Kind of appeal: simple, complex, task, complaint.</source>
        <translation>Вид обращения: simple (простая консультация), complex (сложная), task (задача), complaint (жалоба).</translation>
    </message>
    <message>
        <source>Working days to resolve (task, complaint).</source>
        <translation>Срок решения в рабочих днях (задача, жалоба).</translation>
    </message>
    <message>
        <source>Call start, e.g. 2026-11-23T16:30 (Moscow time unless an offset is given).</source>
        <translation>Начало звонка, например 2026-11-23T16:30 (московское время, если смещение не указано).</translation>
    </message>
    <message>
        <source>Knowledge-base directory.</source>
        <translation>Каталог базы знаний.</translation>
    </message>
    <message>
        <source>--kind must be one of simple, complex, task, complaint.</source>
        <translation>--kind должен быть одним из: simple, complex, task, complaint.</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 366.</source>
        <translation>--days должен быть целым числом от 1 до 366.</translation>
    </message>
    <message>
        <source>--at is required, e.g. --at 2026-11-23T16:30.</source>
        <translation>Укажите --at, например --at 2026-11-23T16:30.</translation>
    </message>
    <message>
        <source>Cannot read --at "%1": use YYYY-MM-DDTHH:MM[:SS][+HH:MM].</source>
        <translation>Не удаётся разобрать --at «%1»: используйте ГГГГ-ММ-ДДTЧЧ:ММ[:СС][+ЧЧ:ММ].</translation>
    </message>
    <message>
        <source>Warning: the production calendar for %1 is not loaded; Monday to Friday are taken as working days.</source>
        <translation>Внимание: производственный календарь на %1 год не загружен; рабочими считаются дни с понедельника по пятницу.</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>The deadline policy file is damaged: %1</source>
        <translation>Файл правил сроков повреждён: %1</translation>
    </message>
    <message>
        <source>Cannot read the deadline policy %1: %2</source>
        <translation>Не удаётся прочитать правила сроков %1: %2</translation>
    </message>
</context>
<context>
    <name>KbCommand</name>
    <message>
        <source>Usage: hotline-cli kb check|search|stats</source>
        <translation>Использование: hotline-cli kb check|search|stats</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 — некорректный JSON: %2</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Checks an INN, OGRN, OGRNIP, phone number or e-mail.</source>
        <translation>Проверяет ИНН, ОГРН, ОГРНИП, номер телефона или e-mail.</translation>
    </message>
    <message>
        <source>The value to check.</source>
        <translation>Проверяемое значение.</translation>
    </message>
    <message>
        <source>Usage: hotline-cli validate inn|ogrn|ogrnip|phone|email VALUE</source>
        <translation>Использование: hotline-cli validate inn|ogrn|ogrnip|phone|email ЗНАЧЕНИЕ</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Enter the INN.</source>
        <translation>Введите ИНН.</translation>
    </message>
    <message>
        <source>The INN may contain digits only.</source>
        <translation>ИНН может содержать только цифры.</translation>
    </message>
    <message>
        <source>The INN check digit does not match: check the digits with the caller.</source>
        <translation>Контрольная цифра ИНН не сходится: сверьте цифры с абонентом.</translation>
    </message>
    <message>
        <source>The INN check digits do not match: check the digits with the caller.</source>
        <translation>Контрольные цифры ИНН не сходятся: сверьте цифры с абонентом.</translation>
    </message>
    <message>
        <source>An INN has 10 digits (organisation) or 12 digits (sole trader or person); %1 entered.</source>
        <translation>ИНН состоит из 10 цифр (организация) или 12 цифр (ИП или физическое лицо); введено %1.</translation>
    </message>
    <message>
        <source>Enter the OGRN.</source>
        <translation>Введите ОГРН.</translation>
    </message>
    <message>
        <source>The OGRN may contain digits only.</source>
        <translation>ОГРН может содержать только цифры.</translation>
    </message>
    <message>
        <source>An OGRN has 13 digits; %1 entered.</source>
        <translation>ОГРН состоит из 13 цифр; введено %1.</translation>
    </message>
    <message>
        <source>An OGRN starts with 1 or 5.</source>
        <translation>ОГРН начинается с 1 или 5.</translation>
    </message>
    <message>
        <source>The OGRN check digit does not match: check the digits with the caller.</source>
        <translation>Контрольная цифра ОГРН не сходится: сверьте цифры с абонентом.</translation>
    </message>
    <message>
        <source>Enter the OGRNIP.</source>
        <translation>Введите ОГРНИП.</translation>
    </message>
    <message>
        <source>The OGRNIP may contain digits only.</source>
        <translation>ОГРНИП может содержать только цифры.</translation>
    </message>
    <message>
        <source>An OGRNIP has 15 digits; %1 entered.</source>
        <translation>ОГРНИП состоит из 15 цифр; введено %1.</translation>
    </message>
    <message>
        <source>An OGRNIP starts with 3.</source>
        <translation>ОГРНИП начинается с 3.</translation>
    </message>
    <message>
        <source>The OGRNIP check digit does not match: check the digits with the caller.</source>
        <translation>Контрольная цифра ОГРНИП не сходится: сверьте цифры с абонентом.</translation>
    </message>
    <message>
        <source>An OGRN has 13 digits and an OGRNIP 15; %1 entered.</source>
        <translation>ОГРН состоит из 13 цифр, ОГРНИП — из 15; введено %1.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>The phone number may contain digits, spaces, brackets and dashes only.</source>
        <translation>Номер телефона может содержать только цифры, пробелы, скобки и дефисы.</translation>
    </message>
    <message>
        <source>Only Russian numbers (+7) are accepted.</source>
        <translation>Принимаются только российские номера (+7).</translation>
    </message>
    <message>
        <source>A Russian phone number has 10 digits after +7 or 8; %1 entered.</source>
        <translation>Российский номер — это 10 цифр после +7 или 8; введено цифр: %1.</translation>
    </message>
    <message>
        <source>The area or operator code cannot start with 0, 1 or 2: check the number.</source>
        <translation>Код города или оператора не может начинаться с 0, 1 или 2: проверьте номер.</translation>
    </message>
    <message>
        <source>Enter the e-mail address.</source>
        <translation>Введите адрес e-mail.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Адрес e-mail слишком длинный.</translation>
    </message>
    <message>
        <source>An e-mail address needs one @, as in name@example.ru.</source>
        <translation>В адресе e-mail должен быть один знак @, например name@example.ru.</translation>
    </message>
    <message>
        <source>The part before @ is not a valid mailbox name.</source>
        <translation>Часть до @ не похожа на имя почтового ящика.</translation>
    </message>
    <message>
        <source>The part after @ is not a valid domain, as in example.ru.</source>
        <translation>Часть после @ не похожа на домен вида example.ru.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The production calendar file is damaged: %1</source>
        <translation>Файл производственного календаря повреждён: %1</translation>
    </message>
    <message>
        <source>Cannot read the production calendar %1: %2</source>
        <translation>Не удаётся прочитать производственный календарь %1: %2</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MainWindow</name>
    <message>
        <source>Hotline 0150</source>
        <translation>Линия 0150</translation>
    </message>
    <message>
        <source>Operator workstation of the business hotline 0150</source>
        <translation>Рабочее место оператора горячей линии 0150 для бизнеса</translation>
    </message>
</context>
</TS>