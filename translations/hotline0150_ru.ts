<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountService</name>
    <message>
        <source>The server's answer has no user account.</source>
        <translation>В ответе сервера нет учётной записи пользователя.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The server gave no API key. Ask the administrator to enable the REST API (provision.rb does).</source>
        <translation>Сервер не выдал ключ API. Попросите администратора включить REST API (это делает provision.rb).</translation>
    </message>
</context>
<context>
    <name>AppealFormData</name>
    <message>
        <source>Enter the organisation or the sole trader's name.</source>
        <translation>Укажите организацию или ФИО индивидуального предпринимателя.</translation>
    </message>
    <message>
        <source>Enter who to answer: the caller's name.</source>
        <translation>Укажите, кому отвечать: имя заявителя.</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail for the answer.</source>
        <translation>Укажите телефон или e-mail для ответа.</translation>
    </message>
    <message>
        <source>Choose the municipality: the appeal involves it.</source>
        <translation>Выберите муниципалитет: обращение отрабатывается с участием ОМСУ.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation>Выберите муниципалитет из списка.</translation>
    </message>
    <message>
        <source>Tick at least one agency that will work on the appeal.</source>
        <translation>Отметьте хотя бы одно ведомство-исполнителя.</translation>
    </message>
    <message>
        <source>Describe the caller's question.</source>
        <translation>Опишите вопрос заявителя.</translation>
    </message>
</context>
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
    <name>ArticleHtml</name>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>will be assigned after registration</source>
        <translation>будет присвоен после регистрации</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>муниципалитет</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>Answer script — read it to the caller:</source>
        <translation>Скрипт ответа — прочитайте заявителю:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Where and how to apply</source>
        <translation>Куда и как подать</translation>
    </message>
    <message>
        <source>For the operator</source>
        <translation>Для оператора</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовые основания</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Связанные статьи</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Where and how to apply:</source>
        <translation>Куда и как подать:</translation>
    </message>
    <message>
        <source>Answer due: %1</source>
        <translation>Срок ответа: %1</translation>
    </message>
    <message>
        <source>Business hotline 0150 of the Moscow Oblast</source>
        <translation>Горячая линия для бизнеса Московской области 0150</translation>
    </message>
</context>
<context>
    <name>CallLogCache</name>
    <message>
        <source>The local call-log cache could not be used: %1</source>
        <translation>Локальный кэш журнала звонков недоступен: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удалось создать %1: %2</translation>
    </message>
</context>
<context>
    <name>CallLogSync</name>
    <message>
        <source>A sync of the call log is already running.</source>
        <translation>Синхронизация журнала звонков уже идёт.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Unknown command "%1".

%2</source>
        <translation>Неизвестная команда «%1».

%2</translation>
    </message>
    <message>
        <source>Usage: hotline-cli COMMAND [options]

Commands:
  deadline   registration day and deadlines of an appeal
  validate   check an INN, OGRN, OGRNIP, phone number or e-mail
  kb         knowledge base: check, search, stats
  outbox     the local outbox of appeals: list, send
  login      log in to the Redmine server (password on stdin)
  logout     forget the API key

Options:
  -h, --help     this help; COMMAND --help for a command's options
  -v, --version  the version
</source>
        <translation>Использование: hotline-cli КОМАНДА [параметры]

Команды:
  deadline   день регистрации и сроки обращения
  validate   проверка ИНН, ОГРН, ОГРНИП, телефона или e-mail
  kb         база знаний: check (проверка), search (поиск), stats (статистика)
  outbox     исходящие обращения: list (список), send (отправка)
  login      вход на сервер Redmine (пароль — со стандартного ввода)
  logout     забыть ключ API

Параметры:
  -h, --help     эта справка; КОМАНДА --help — параметры команды
  -v, --version  версия
</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Не удалось записать файл CSV: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удалось создать %1: %2</translation>
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
    <name>DeadlineText</name>
    <message>
        <source>Registration day: %1</source>
        <translation>День регистрации: %1</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Ответ до %1</translation>
    </message>
    <message>
        <source>First response by %1</source>
        <translation>Первый ответ до %1</translation>
    </message>
    <message numerus="yes">
        <source>Resolution by %1 (%n working day(s))</source>
        <translation>
            <numerusform>Решение до %1 (%n рабочий день)</numerusform>
            <numerusform>Решение до %1 (%n рабочих дня)</numerusform>
            <numerusform>Решение до %1 (%n рабочих дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 by %2</source>
        <translation>Шаг %1 до %2</translation>
    </message>
    <message>
        <source>The production calendar for %1 is not loaded: deadlines assume Monday to Friday.</source>
        <translation>Производственный календарь на %1 год не загружен: сроки считаются по будням (пн–пт).</translation>
    </message>
    <message>
        <source>The production calendar for %1 is provisional: check deadlines near holidays.</source>
        <translation>Производственный календарь на %1 год предварительный: проверяйте сроки около праздников.</translation>
    </message>
</context>
<context>
    <name>IssuePlanner</name>
    <message>
        <source>The server has no tracker «%1». Ask the administrator to run provision.rb.</source>
        <translation>На сервере нет трекера «%1». Попросите администратора запустить provision.rb.</translation>
    </message>
</context>
<context>
    <name>KbCommand</name>
    <message>
        <source>Usage: hotline-cli kb check|search|stats</source>
        <translation>Использование: hotline-cli kb check|search|stats</translation>
    </message>
    <message>
        <source>categories.json: categories without articles: %1</source>
        <translation>categories.json: категории без статей: %1</translation>
    </message>
    <message>
        <source>%1 files, %2 articles loaded, %3 problems</source>
        <translation>Файлов: %1, загружено статей: %2, проблем: %3</translation>
    </message>
    <message>
        <source>Knowledge base: check [DIR], search "QUERY", stats.</source>
        <translation>База знаний: check [КАТАЛОГ], search "ЗАПРОС", stats.</translation>
    </message>
    <message>
        <source>Knowledge-base directory.</source>
        <translation>Каталог базы знаний.</translation>
    </message>
    <message>
        <source>Search index file.</source>
        <translation>Файл поискового индекса.</translation>
    </message>
    <message>
        <source>How many results (default 10).</source>
        <translation>Сколько результатов (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Only this category.</source>
        <translation>Только эта категория.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Вывод в JSON.</translation>
    </message>
    <message>
        <source>Print the full-text query too.</source>
        <translation>Показать и полнотекстовый запрос.</translation>
    </message>
    <message>
        <source>Usage: hotline-cli kb search "QUERY" [--limit N] [--category ID] [--json]</source>
        <translation>Использование: hotline-cli kb search "ЗАПРОС" [--limit N] [--category ID] [--json]</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 1000.</source>
        <translation>--limit должен быть целым числом от 1 до 1000.</translation>
    </message>
    <message>
        <source>Unknown category "%1".</source>
        <translation>Неизвестная категория «%1».</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>KbRepository</name>
    <message>
        <source>No articles could be loaded from %1.</source>
        <translation>Не удалось загрузить ни одной статьи из %1.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not logged in to the server: log in to send appeals.</source>
        <translation>Нет входа на сервер: войдите, чтобы отправлять обращения.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied: the API key cannot be read or saved. Appeals stay in the outbox.</source>
        <translation>Доступ к системному хранилищу ключей запрещён: ключ API нельзя прочитать или сохранить. Обращения остаются в исходящих.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The app works, but appeals cannot be sent until a keychain (GNOME Keyring or KWallet) is running and unlocked; they wait in the outbox.</source>
        <translation>Системное хранилище ключей недоступно (%1). Программа работает, но обращения нельзя отправить, пока хранилище (GNOME Keyring или KWallet) не запущено и не разблокировано; они ждут в исходящих.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The knowledge base could not be loaded: %1</source>
        <translation>Не удалось загрузить базу знаний: %1</translation>
    </message>
    <message>
        <source>The deadline rules could not be loaded (%1): built-in defaults and Monday to Friday are used.</source>
        <translation>Не удалось загрузить правила сроков (%1): используются встроенные значения и будни пн–пт.</translation>
    </message>
    <message>
        <source>The reference lists could not be loaded: %1</source>
        <translation>Не удалось загрузить справочники: %1</translation>
    </message>
    <message>
        <source>The local outbox could not be opened: %1</source>
        <translation>Не удалось открыть локальную очередь исходящих: %1</translation>
    </message>
    <message>
        <source>&amp;Log in to the server…</source>
        <translation>&amp;Войти на сервер…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>No server configured: run hotline-cli login, or set HOTLINE_REDMINE_URL.</source>
        <translation>Сервер не настроен: выполните hotline-cli login или задайте HOTLINE_REDMINE_URL.</translation>
    </message>
    <message>
        <source>filed %1, failed %2, waiting %3</source>
        <translation>отправлено %1, отклонено %2, ожидают %3</translation>
    </message>
    <message>
        <source>The local outbox of appeals: list shows every entry (JSON lines), send delivers everything due now.</source>
        <translation>Локальная очередь исходящих обращений: list показывает все записи (строки JSON), send отправляет всё, что пора отправить.</translation>
    </message>
    <message>
        <source>The outbox database (default: the workstation's).</source>
        <translation>Файл очереди исходящих (по умолчанию — рабочего места).</translation>
    </message>
    <message>
        <source>Usage: hotline-cli outbox list|send [--db PATH]</source>
        <translation>Использование: hotline-cli outbox list|send [--db ПУТЬ]</translation>
    </message>
    <message>
        <source>Logs in to the Redmine server: the password is read from standard input, the personal API key is kept in the system keychain.</source>
        <translation>Вход на сервер Redmine: пароль читается со стандартного ввода, личный ключ API хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>The server address (https://...).</source>
        <translation>Адрес сервера (https://...).</translation>
    </message>
    <message>
        <source>Extra CA certificate file (PEM).</source>
        <translation>Дополнительный файл сертификата УЦ (PEM).</translation>
    </message>
    <message>
        <source>The Redmine login.</source>
        <translation>Логин в Redmine.</translation>
    </message>
    <message>
        <source>Usage: hotline-cli login --url URL --user LOGIN [--ca-file FILE] &lt; password</source>
        <translation>Использование: hotline-cli login --url АДРЕС --user ЛОГИН [--ca-file ФАЙЛ] &lt; пароль</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The local outbox could not be written: %1</source>
        <translation>Не удалось записать в локальную очередь исходящих: %1</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Confirm</source>
        <translation>Подтверждение</translation>
    </message>
</context>
<context>
    <name>RedmineClient</name>
    <message>
        <source>The server's certificate has expired. Ask the server administrator to renew it.</source>
        <translation>Срок действия сертификата сервера истёк. Попросите администратора сервера обновить его.</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet. Check the date and time of this computer.</source>
        <translation>Сертификат сервера ещё не действует. Проверьте дату и время на этом компьютере.</translation>
    </message>
    <message>
        <source>The server's certificate was issued for another name. Check the server address.</source>
        <translation>Сертификат сервера выдан на другое имя. Проверьте адрес сервера.</translation>
    </message>
    <message>
        <source>The server's certificate is not from a trusted authority. If your region uses its own certificate authority, choose its certificate file in the login dialog.</source>
        <translation>Сертификат сервера выдан не доверенным центром. Если в регионе свой удостоверяющий центр, выберите файл его сертификата в окне входа.</translation>
    </message>
    <message>
        <source>The server's certificate has been revoked.</source>
        <translation>Сертификат сервера отозван.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Не удалось установить защищённое соединение с сервером: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time. The appeal stays in the outbox and is sent again later.</source>
        <translation>Сервер не ответил вовремя. Обращение остаётся в исходящих и будет отправлено позже.</translation>
    </message>
    <message>
        <source>The server refuses connections (it may be down). The appeal stays in the outbox and is sent again later.</source>
        <translation>Сервер не принимает соединения (возможно, он выключен). Обращение остаётся в исходящих и будет отправлено позже.</translation>
    </message>
    <message>
        <source>The server name cannot be resolved. Check the server address and the network.</source>
        <translation>Не удаётся найти сервер по имени. Проверьте адрес сервера и сеть.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. The appeal is checked on the server before it is sent again.</source>
        <translation>Сервер закрыл соединение, не ответив. Перед повторной отправкой обращение будет проверено на сервере.</translation>
    </message>
    <message>
        <source>No connection to the server: %1</source>
        <translation>Нет связи с сервером: %1</translation>
    </message>
    <message>
        <source>The server's answer could not be read (HTTP %1, not JSON). Is the address really a Redmine server?</source>
        <translation>Не удаётся прочитать ответ сервера (HTTP %1, не JSON). Это точно адрес сервера Redmine?</translation>
    </message>
    <message>
        <source>The server did not accept the login, password or API key. Log in again.</source>
        <translation>Сервер не принял логин, пароль или ключ API. Войдите снова.</translation>
    </message>
    <message>
        <source>Your Redmine account is not allowed to do this. Ask the Redmine administrator for the right role in the project.</source>
        <translation>Вашей учётной записи Redmine это не разрешено. Попросите администратора Redmine назначить нужную роль в проекте.</translation>
    </message>
    <message>
        <source>Not found on the server (HTTP 404). Check the server address and that the project is provisioned.</source>
        <translation>Не найдено на сервере (HTTP 404). Проверьте адрес сервера и что проект настроен.</translation>
    </message>
    <message>
        <source>The record was changed on the server at the same time (HTTP 409). Reload and try again.</source>
        <translation>Запись одновременно изменена на сервере (HTTP 409). Обновите данные и повторите.</translation>
    </message>
    <message>
        <source>Redmine refused the data (HTTP 422).</source>
        <translation>Redmine отклонил данные (HTTP 422).</translation>
    </message>
    <message>
        <source>Redmine refused the data: %1</source>
        <translation>Redmine отклонил данные: %1</translation>
    </message>
    <message>
        <source>The Redmine server failed (HTTP %1). The appeal is sent again later.</source>
        <translation>Сбой сервера Redmine (HTTP %1). Обращение будет отправлено позже.</translation>
    </message>
    <message>
        <source>The server redirects elsewhere (HTTP %1). Check the server address.</source>
        <translation>Сервер перенаправляет на другой адрес (HTTP %1). Проверьте адрес сервера.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Сервер отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Сервер отклонил запрос (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>RedmineSchema</name>
    <message>
        <source>The server's project «%1» is not set up for the line (trackers or the client UUID field are missing). Ask the administrator to run provision.rb.</source>
        <translation>Проект «%1» на сервере не настроен для линии (нет трекеров или поля «UUID клиента»). Попросите администратора запустить provision.rb.</translation>
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
    <name>SearchIndex</name>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>Не удаётся открыть поисковый индекс %1: %2</translation>
    </message>
    <message>
        <source>This SQLite has no FTS5 full-text search.</source>
        <translation>В этой версии SQLite нет полнотекстового поиска FTS5.</translation>
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
    <name>hotline::calllog::CallLogTableModel</name>
    <message>
        <source>Met</source>
        <translation>Соблюдён</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Истекает сегодня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>Начало звонка</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deadline state</source>
        <translation>Соблюдение срока</translation>
    </message>
    <message>
        <source>KB article</source>
        <translation>Статья БЗ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>hotline::cli</name>
    <message>
        <source>No articles could be loaded from %1.</source>
        <translation>Не удалось загрузить ни одной статьи из %1.</translation>
    </message>
    <message>
        <source>%1 articles published, %2 unchanged, %3 failed.</source>
        <translation>Опубликовано статей: %1, без изменений: %2, с ошибкой: %3.</translation>
    </message>
    <message>
        <source>%1
The knowledge base stays %2.</source>
        <translation>%1
База знаний остаётся прежней: %2.</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>%1 articles updated, %2 removed, %3 pages skipped; knowledge base: %4</source>
        <translation>Обновлено статей: %1, удалено: %2, пропущено страниц: %3; база знаний: %4</translation>
    </message>
    <message>
        <source>kb publish DIR: upload the articles of DIR to the knowledge-base wiki.
kb sync: bring this workstation's knowledge base in step with the wiki.</source>
        <translation>kb publish КАТАЛОГ: загрузить статьи из КАТАЛОГА в вики базы знаний.
kb sync: обновить базу знаний этого рабочего места из вики.</translation>
    </message>
    <message>
        <source>Edit comment of the published versions.</source>
        <translation>Комментарий к публикуемым версиям.</translation>
    </message>
    <message>
        <source>Upload of kb_data</source>
        <translation>Загрузка kb_data</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Вывод в JSON.</translation>
    </message>
    <message>
        <source>Usage: hotline-cli kb publish DIR [--comment TEXT] | hotline-cli kb sync [--json]</source>
        <translation>Использование: hotline-cli kb publish КАТАЛОГ [--comment ТЕКСТ] | hotline-cli kb sync [--json]</translation>
    </message>
</context>
<context>
    <name>hotline::itemmodels::CategoryTreeModel</name>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статей</translation>
    </message>
</context>
<context>
    <name>hotline::itemmodels::OutboxModel</name>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Оформлено</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>hotline::kb</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation>ошибка в JSON: %1</translation>
    </message>
    <message>
        <source>Cannot build the search index (%1): %2</source>
        <translation>Не удаётся построить поисковый индекс (%1): %2</translation>
    </message>
</context>
<context>
    <name>hotline::kb::ArticleParser</name>
    <message>
        <source>the file is larger than %1 bytes: an article must be short enough to read out</source>
        <translation>файл больше %1 байт: статья должна быть такой, чтобы её можно было прочитать вслух</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>в файле двоичные данные, а не текст</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>файл не является корректным текстом UTF-8</translation>
    </message>
    <message>
        <source>an article must start with a ```json metadata block</source>
        <translation>статья должна начинаться с блока метаданных ```json</translation>
    </message>
    <message>
        <source>the ```json metadata block is not closed with ```</source>
        <translation>блок метаданных ```json не закрыт ```</translation>
    </message>
    <message>
        <source>bad JSON in the metadata: %1</source>
        <translation>ошибка JSON в метаданных: %1</translation>
    </message>
    <message>
        <source>the metadata must be a JSON object</source>
        <translation>метаданные должны быть объектом JSON</translation>
    </message>
    <message>
        <source>the id "%1" may hold lower-case Latin letters, digits and dashes only</source>
        <translation>id «%1» может содержать только строчные латинские буквы, цифры и дефисы</translation>
    </message>
    <message>
        <source>the id "%1" differs from the file name "%2"</source>
        <translation>id «%1» не совпадает с именем файла «%2»</translation>
    </message>
    <message>
        <source>unknown kind "%1": use simple, complex, task or complaint</source>
        <translation>неизвестный вид «%1»: используйте simple, complex, task или complaint</translation>
    </message>
    <message>
        <source>unknown algorithm "%1": use single, multi or omsu</source>
        <translation>неизвестный алгоритм «%1»: используйте single, multi или omsu</translation>
    </message>
    <message>
        <source>"updated" must be a date YYYY-MM-DD, not "%1"</source>
        <translation>«updated» должно быть датой ГГГГ-ММ-ДД, а не «%1»</translation>
    </message>
    <message>
        <source>a task needs "days" from 2 to 5</source>
        <translation>для задачи нужно поле «days» от 2 до 5</translation>
    </message>
    <message>
        <source>a complaint needs a "roadmap" of steps</source>
        <translation>для жалобы нужна дорожная карта «roadmap» из шагов</translation>
    </message>
    <message>
        <source>a roadmap step needs "step", "role" (moderation, execution, control) and "days" ≥ 1</source>
        <translation>шагу дорожной карты нужны «step», «role» (moderation, execution, control) и «days» ≥ 1</translation>
    </message>
    <message>
        <source>roadmap step "%1" is due before the step before it</source>
        <translation>срок шага дорожной карты «%1» раньше срока предыдущего шага</translation>
    </message>
    <message>
        <source>unknown section "%1"</source>
        <translation>неизвестный раздел «%1»</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation>неизвестная подстановка {{%1}}</translation>
    </message>
    <message>
        <source>the article has no "## Скрипт ответа" section to read out</source>
        <translation>в статье нет раздела «## Скрипт ответа», который можно прочитать заявителю</translation>
    </message>
</context>
<context>
    <name>hotline::kb::KnowledgeBase</name>
    <message>
        <source>no categories</source>
        <translation>нет категорий</translation>
    </message>
    <message>
        <source>unknown category "%1": use a subcategory id from categories.json</source>
        <translation>неизвестная категория «%1»: используйте id подкатегории из categories.json</translation>
    </message>
    <message>
        <source>the article of category "%1" must lie in articles/%2/</source>
        <translation>статья категории «%1» должна лежать в articles/%2/</translation>
    </message>
    <message>
        <source>unknown agency "%1" (see reference/agencies.json)</source>
        <translation>неизвестное ведомство «%1» (см. reference/agencies.json)</translation>
    </message>
    <message>
        <source>the agency "%1" no longer exists; use "%2"</source>
        <translation>ведомство «%1» упразднено; используйте «%2»</translation>
    </message>
    <message>
        <source>duplicate id "%1" (also in %2)</source>
        <translation>повторяющийся id «%1» (также в %2)</translation>
    </message>
    <message>
        <source>broken link to kb:%1: no such article</source>
        <translation>битая ссылка на kb:%1: такой статьи нет</translation>
    </message>
</context>
<context>
    <name>hotline::kb::MetaParser</name>
    <message>
        <source>the metadata has no "%1" (text)</source>
        <translation>в метаданных нет «%1» (текст)</translation>
    </message>
    <message>
        <source>the metadata has no "%1" (a non-empty list)</source>
        <translation>в метаданных нет «%1» (непустой список)</translation>
    </message>
</context>
<context>
    <name>hotline::kb::SearchIndex</name>
    <message>
        <source>The search index %1 does not exist yet.</source>
        <translation>Поисковый индекс %1 ещё не создан.</translation>
    </message>
    <message>
        <source>The search index %1 is damaged.</source>
        <translation>Поисковый индекс %1 повреждён.</translation>
    </message>
</context>
<context>
    <name>hotline::kbsync</name>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>Ответ сервера не удалось прочитать.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>hotline::kbsync::WikiPublisher</name>
    <message>
        <source>The server's answer has no wiki page.</source>
        <translation>В ответе сервера нет вики-страницы.</translation>
    </message>
    <message>
        <source>%1: not a valid article</source>
        <translation>%1: это не статья базы знаний</translation>
    </message>
    <message>
        <source>%1: the article's id is "%2"</source>
        <translation>%1: у статьи идентификатор «%2»</translation>
    </message>
    <message>
        <source>Describe the change in a comment before publishing.</source>
        <translation>Перед публикацией опишите изменение в комментарии.</translation>
    </message>
    <message>
        <source>Another editor changed the article. Nothing was overwritten: compare the texts and publish again.</source>
        <translation>Статью изменил другой редактор. Ничего не перезаписано: сравните тексты и опубликуйте снова.</translation>
    </message>
    <message>
        <source>Restored version %1: %2</source>
        <translation>Восстановлена версия %1: %2</translation>
    </message>
</context>
<context>
    <name>hotline::kbsync::WikiSync</name>
    <message>
        <source>Cannot copy the shipped knowledge base into %1.</source>
        <translation>Не удалось скопировать поставляемую базу знаний в %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Не удалось заменить %1.</translation>
    </message>
    <message>
        <source>unknown category "%1"</source>
        <translation>неизвестная категория «%1»</translation>
    </message>
</context>
<context>
    <name>hotline::net::RedmineClient</name>
    <message>
        <source>The server address is not valid. Enter it as https://redmine.example.ru</source>
        <translation>Неверный адрес сервера. Введите его в виде https://redmine.example.ru</translation>
    </message>
    <message>
        <source>Plain http is not allowed: API keys and callers' data would travel unencrypted. Use an https:// address.</source>
        <translation>Обычный http не допускается: ключи API и данные заявителей передавались бы без шифрования. Используйте адрес https://.</translation>
    </message>
    <message>
        <source>The server address must start with https://</source>
        <translation>Адрес сервера должен начинаться с https://</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл сертификата УЦ %1.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER expected).</source>
        <translation>В файле %1 нет сертификата (ожидается PEM или DER).</translation>
    </message>
    <message>
        <source>No server is configured. Log in first.</source>
        <translation>Сервер не настроен. Сначала войдите.</translation>
    </message>
    <message>
        <source>Not logged in to the server. Log in first.</source>
        <translation>Нет входа на сервер. Сначала войдите.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::AppealForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Kind of appeal</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>Wo&amp;rking days</source>
        <translation>&amp;Рабочих дней</translation>
    </message>
    <message>
        <source>Working days to resolve the task</source>
        <translation>Рабочих дней на решение задачи</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ка&amp;тегория</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <source>&amp;INN</source>
        <translation>&amp;ИНН</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>13 or 15 digits</source>
        <translation>13 или 15 цифр</translation>
    </message>
    <message>
        <source>O&amp;GRN / OGRNIP</source>
        <translation>О&amp;ГРН / ОГРНИП</translation>
    </message>
    <message>
        <source>OGRN or OGRNIP</source>
        <translation>ОГРН или ОГРНИП</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>Контактное &amp;лицо</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Начните вводить название</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Муниципалитет</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>A&amp;lgorithm</source>
        <translation>&amp;Алгоритм</translation>
    </message>
    <message>
        <source>Processing algorithm</source>
        <translation>Алгоритм отработки</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>Ве&amp;домства</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <source>Description of the question</source>
        <translation>Описание вопроса</translation>
    </message>
    <message>
        <source>Answered during the call (file it closed)</source>
        <translation>Ответ дан &amp;на звонке (зарегистрировать закрытым)</translation>
    </message>
    <message>
        <source>Computed deadlines</source>
        <translation>Рассчитанные сроки</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>&amp;File the appeal</source>
        <translation>&amp;Зарегистрировать обращение</translation>
    </message>
    <message>
        <source>Stores the appeal in the outbox (Ctrl+Enter)</source>
        <translation>Сохраняет обращение в исходящих (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clea&amp;r…</source>
        <translation>О&amp;чистить…</translation>
    </message>
    <message>
        <source>Clear the form? What was typed is lost.</source>
        <translation>Очистить форму? Введённое будет потеряно.</translation>
    </message>
    <message>
        <source>Not filed: correct the marked fields.</source>
        <translation>Не зарегистрировано: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Not filed: the local outbox could not be opened. Write the appeal down.</source>
        <translation>Не зарегистрировано: не удалось открыть локальную очередь исходящих. Запишите обращение.</translation>
    </message>
    <message>
        <source>Not filed: %1</source>
        <translation>Не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>Filed to the outbox: «%1», due %2.</source>
        <translation>Сохранено в исходящих: «%1», срок %2.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ArticleView</name>
    <message>
        <source>Find an article with the search field above (Ctrl+F) or in the category tree, then press Enter to open it.</source>
        <translation>Найдите статью через поиск вверху (Ctrl+F) или в дереве категорий и нажмите Enter, чтобы открыть её.</translation>
    </message>
    <message>
        <source>&amp;Copy text for the caller</source>
        <translation>&amp;Скопировать текст для заявителя</translation>
    </message>
    <message>
        <source>Copies the title, documents, where to apply and the deadline for an e-mail or SMS</source>
        <translation>Копирует название, документы, куда обращаться и срок — для письма или SMS</translation>
    </message>
    <message>
        <source>File an &amp;appeal (F8)</source>
        <translation>&amp;Оформить обращение (F8)</translation>
    </message>
    <message>
        <source>Answer script</source>
        <translation>Скрипт ответа</translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation>Уточняющие вопросы</translation>
    </message>
    <message>
        <source>Documents and where to apply</source>
        <translation>Документы и куда обращаться</translation>
    </message>
</context>
<context>
    <name>hotline::ui::CallPanel</name>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Начать звонок</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Удержание</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Завершить звонок</translation>
    </message>
    <message>
        <source>&amp;Discard call…</source>
        <translation>&amp;Сбросить звонок…</translation>
    </message>
    <message>
        <source>Handling time against the target</source>
        <translation>Длительность относительно целевого времени</translation>
    </message>
    <message>
        <source>The previous call has not been filed. Discard it and start a new call?</source>
        <translation>Предыдущий звонок не оформлен. Сбросить его и начать новый звонок?</translation>
    </message>
    <message>
        <source>Discard this call? It will be recorded as a call without an appeal.</source>
        <translation>Сбросить этот звонок? Он будет учтён как звонок без обращения.</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Нет звонка</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Идёт звонок</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>На удержании</translation>
    </message>
    <message>
        <source>Call ended: file an appeal or discard it</source>
        <translation>Звонок завершён: оформите обращение или сбросьте звонок</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>%1 of the target %2</source>
        <translation>%1 из целевых %2</translation>
    </message>
    <message numerus="yes">
        <source>On hold: %1 (%n time(s))</source>
        <translation>
            <numerusform>На удержании: %1 (%n раз)</numerusform>
            <numerusform>На удержании: %1 (%n раза)</numerusform>
            <numerusform>На удержании: %1 (%n раз)</numerusform>
        </translation>
    </message>
    <message>
        <source>Until the %1 cut-off: %2</source>
        <translation>До отсечки %1: %2</translation>
    </message>
    <message>
        <source>Past the %1 cut-off or a day off: new calls register on the next working day.</source>
        <translation>После %1 или в выходной: новые звонки регистрируются следующим рабочим днём.</translation>
    </message>
    <message>
        <source>%1, call started at %2:</source>
        <translation>%1, звонок начат в %2:</translation>
    </message>
    <message>
        <source>%1, if the call started now:</source>
        <translation>%1, если звонок начать сейчас:</translation>
    </message>
</context>
<context>
    <name>hotline::ui::DashboardView</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Closed on the call</source>
        <translation>Закрыто на звонке</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Соблюдён</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Истекает сегодня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>By operator</source>
        <translation>По операторам</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>Поиски без результата</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;average handling:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;median:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;simple consultations closed on the call:&lt;/b&gt; %4 (%5 of %6)&lt;br&gt;&lt;b&gt;Deadlines:&lt;/b&gt; met %7, missed %8, due today %9, overdue %10, in time %11</source>
        <translation>&lt;b&gt;Звонков:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;среднее время обработки:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;медиана:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;простых консультаций закрыто на звонке:&lt;/b&gt; %4 (%5 из %6)&lt;br&gt;&lt;b&gt;Сроки:&lt;/b&gt; соблюдено %7, нарушено %8, истекают сегодня %9, просрочено %10, в срок %11</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Звонки по часам</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Звонки по дням</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Most used KB articles</source>
        <translation>Самые используемые статьи БЗ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не указано)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::LoginDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>Log in to the Redmine server</source>
        <translation>Вход на сервер Redmine</translation>
    </message>
    <message>
        <source>Only if the server's certificate is from a regional CA</source>
        <translation>Только если сертификат сервера выдан региональным УЦ</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Сертификат &amp;УЦ:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат УЦ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter the server address, your login and your password.</source>
        <translation>Введите адрес сервера, логин и пароль.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MainWindow</name>
    <message>
        <source>Hotline 0150</source>
        <translation>Линия 0150</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>The text for the caller is on the clipboard.</source>
        <translation>Текст для заявителя скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>The appeal is stored in the outbox.</source>
        <translation>Обращение сохранено в исходящих.</translation>
    </message>
    <message>
        <source>The unfinished appeal of the previous session was restored.</source>
        <translation>Восстановлено незавершённое обращение прошлого сеанса.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Find in the knowledge base</source>
        <translation>&amp;Найти в базе знаний</translation>
    </message>
    <message>
        <source>&amp;Copy text for the caller</source>
        <translation>&amp;Скопировать текст для заявителя</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <source>&amp;Appeal</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <source>&amp;File an appeal</source>
        <translation>&amp;Оформить обращение</translation>
    </message>
    <message>
        <source>&amp;Submit the form</source>
        <translation>&amp;Зарегистрировать обращение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>The article «%1» is not in the knowledge base.</source>
        <translation>Статьи «%1» нет в базе знаний.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::NavigatorPanel</name>
    <message>
        <source>Categories of the knowledge base</source>
        <translation>Категории базы знаний</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n (Enter opens the first, ↑↓ choose)</source>
        <translation>
            <numerusform>Найдена %n статья (Enter — открыть первую, ↑↓ — выбрать)</numerusform>
            <numerusform>Найдено %n статьи (Enter — открыть первую, ↑↓ — выбрать)</numerusform>
            <numerusform>Найдено %n статей (Enter — открыть первую, ↑↓ — выбрать)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words or browse the categories (Esc).</source>
        <translation>Ничего не найдено. Попробуйте другие слова или выберите в категориях (Esc).</translation>
    </message>
</context>
<context>
    <name>hotline::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Appeals stored on this workstation</source>
        <translation>Обращения, сохранённые на этом рабочем месте</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>The local outbox could not be opened.</source>
        <translation>Не удалось открыть локальную очередь исходящих.</translation>
    </message>
    <message>
        <source>Not sent: %1. Failed: %2. Appeals are kept here until the server has them.</source>
        <translation>Не отправлено: %1. Ошибок: %2. Обращения хранятся здесь, пока сервер их не примет.</translation>
    </message>
    <message>
        <source>This appeal has not reached the server. Delete it for good?</source>
        <translation>Это обращение ещё не дошло до сервера. Удалить его безвозвратно?</translation>
    </message>
    <message>
        <source>Delete this appeal from the local list? It stays in Redmine.</source>
        <translation>Удалить обращение из локального списка? В Redmine оно останется.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::SearchField</name>
    <message>
        <source>Search the knowledge base: words, abbreviations, typos are fine (Ctrl+F)</source>
        <translation>Поиск по базе знаний: слова, сокращения, можно с опечатками (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск по базе знаний</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ServerSession</name>
    <message>
        <source>Server: connected, last appeal filed as #%1</source>
        <translation>Сервер: связь есть, последнее обращение зарегистрировано под № %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Not logged in: appeals wait in the outbox</source>
        <translation>Вход не выполнен: обращения ждут в исходящих</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>hotline::ui::StatusIndicators</name>
    <message>
        <source>Open the outbox</source>
        <translation>Открыть исходящие</translation>
    </message>
    <message>
        <source>Server not configured</source>
        <translation>Сервер не настроен</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation>Исходящие недоступны</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибок: %1</translation>
    </message>
</context>
<context>
    <name>hotline::ui::SupervisorWindow</name>
    <message>
        <source>Line 0150 — supervisor</source>
        <translation>Линия 0150 — супервизор</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <source>Sync with Redmine</source>
        <translation>Синхронизировать с Redmine</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Выгрузить CSV…</translation>
    </message>
    <message>
        <source>Export dashboard PNG…</source>
        <translation>Сохранить сводку в PNG…</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Журнал звонков</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
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
        <source>Problem/complaint</source>
        <translation>Проблема/жалоба</translation>
    </message>
    <message>
        <source>Call record</source>
        <translation>Запись о звонке</translation>
    </message>
    <message>
        <source>Overdue or late only</source>
        <translation>Только просроченные и закрытые с опозданием</translation>
    </message>
    <message>
        <source>Search: subject, operator, article, number…</source>
        <translation>Поиск: тема, оператор, статья, номер…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cached; last change received %1</source>
        <translation>
            <numerusform>В кэше записей: %n; последнее изменение получено %1</numerusform><numerusform>В кэше записей: %n; последнее изменение получено %1</numerusform><numerusform>В кэше записей: %n; последнее изменение получено %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cached; never synced</source>
        <translation>
            <numerusform>В кэше записей: %n; синхронизации ещё не было</numerusform><numerusform>В кэше записей: %n; синхронизации ещё не было</numerusform><numerusform>В кэше записей: %n; синхронизации ещё не было</numerusform></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхронизация не удалась</translation>
    </message>
    <message>
        <source>Synced: %1 new or changed of %2 received</source>
        <translation>Синхронизировано: новых или изменённых %1 из полученных %2</translation>
    </message>
    <message>
        <source>Export the call log</source>
        <translation>Выгрузка журнала звонков</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось выгрузить</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Сохранение сводки</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>Не удалось записать изображение в %1.</translation>
    </message>
</context>
</TS>