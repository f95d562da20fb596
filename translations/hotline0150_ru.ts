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
    <message>
        <source>Log in to the server first: the supervisor mode follows your Redmine roles.</source>
        <translation>Сначала войдите на сервер: режим супервизора определяется вашими ролями в Redmine.</translation>
    </message>
    <message>
        <source>The supervisor mode is only for users with the «%1» role in Redmine. Ask the administrator if you need it.</source>
        <translation>Режим супервизора доступен только пользователям с ролью «%1» в Redmine. Если он вам нужен, обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>AddArticleCommand</name>
    <message>
        <source>new article «%1»</source>
        <translation>создание статьи «%1»</translation>
    </message>
</context>
<context>
    <name>AppealFormData</name>
    <message>
        <source>Enter the organisation or the sole trader's name.</source>
        <translation>Укажите организацию или ФИО ИП.</translation>
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
        <translation>Отметьте ведомство-исполнитель.</translation>
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
    <name>AppealStatus</name>
    <message>
        <source>not assigned yet (with the moderator)</source>
        <translation>ещё не назначен (у модератора)</translation>
    </message>
    <message>
        <source>Registered, waiting for the moderator</source>
        <translation>Зарегистрировано, ждёт модератора</translation>
    </message>
    <message>
        <source>With the moderator, who passes it to the executor</source>
        <translation>У модератора: передаётся исполнителю</translation>
    </message>
    <message>
        <source>The executor is working on it</source>
        <translation>В работе у исполнителя</translation>
    </message>
    <message>
        <source>The answer is being checked by the controller</source>
        <translation>Ответ на контроле у руководителя</translation>
    </message>
    <message>
        <source>Resolved: the answer is ready</source>
        <translation>Решено: ответ подготовлен</translation>
    </message>
    <message>
        <source>no deadline recorded</source>
        <translation>срок не указан</translation>
    </message>
    <message>
        <source>due %1 — done in time</source>
        <translation>срок %1 — выполнено в срок</translation>
    </message>
    <message>
        <source>due %1 — done late</source>
        <translation>срок %1 — выполнено с опозданием</translation>
    </message>
    <message>
        <source>due %1 — on time</source>
        <translation>срок %1 — соблюдается</translation>
    </message>
    <message>
        <source>due today, %1</source>
        <translation>срок сегодня, %1</translation>
    </message>
    <message>
        <source>due %1 — OVERDUE</source>
        <translation>срок %1 — ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>No server is connected: the appeal's status can be read only from Redmine.</source>
        <translation>Сервер не подключён: состояние обращения есть только в Redmine.</translation>
    </message>
    <message>
        <source>Redmine does not show appeal #%1 to your account. Ask the supervisor.</source>
        <translation>Redmine не показывает обращение №%1 вашей учётной записи. Обратитесь к супервизору.</translation>
    </message>
    <message>
        <source>There is no appeal #%1.</source>
        <translation>Обращения №%1 нет.</translation>
    </message>
    <message>
        <source>The appeal was rejected</source>
        <translation>Обращение отклонено</translation>
    </message>
    <message>
        <source>The appeal is closed</source>
        <translation>Обращение закрыто</translation>
    </message>
    <message>
        <source>The appeal is closed (%1)</source>
        <translation>Обращение закрыто (%1)</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <source>The article does not start with a ```json metadata block.</source>
        <translation>Статья не начинается с блока метаданных ```json.</translation>
    </message>
    <message>
        <source>The ```json metadata block is not closed with ```.</source>
        <translation>Блок метаданных ```json не закрыт строкой ```.</translation>
    </message>
    <message>
        <source>The metadata block is not a JSON object: %1</source>
        <translation>Блок метаданных — не объект JSON: %1</translation>
    </message>
</context>
<context>
    <name>ArticleEditCommand</name>
    <message>
        <source>title</source>
        <translation>заголовка</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категории</translation>
    </message>
    <message>
        <source>kind of appeal</source>
        <translation>вида обращения</translation>
    </message>
    <message>
        <source>days</source>
        <translation>срока</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>ведомств</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>алгоритма</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>ключевых слов</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>правовых оснований</translation>
    </message>
    <message>
        <source>date of update</source>
        <translation>даты обновления</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>дорожной карты</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текста</translation>
    </message>
    <message>
        <source>edit of the %1</source>
        <translation>правку %1</translation>
    </message>
    <message>
        <source>new text</source>
        <translation>замену текста</translation>
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
    <name>ArticleParser</name>
    <message>
        <source>the metadata has no "%1" (text)</source>
        <translation>в метаданных нет «%1» (текст)</translation>
    </message>
    <message>
        <source>the metadata has no "%1" (a non-empty list)</source>
        <translation>в метаданных нет «%1» (непустой список)</translation>
    </message>
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
    <message>
        <source>the placeholder {{%1}} is outside "## Скрипт ответа": only the answer script is filled in, write the words here</source>
        <translation>подстановка {{%1}} вне раздела «## Скрипт ответа»: заполняется только скрипт ответа, здесь напишите словами</translation>
    </message>
    <message>
        <source>the answer script has %1 words, more than %2: it cannot be read out in under a minute; move details to "## Для оператора"</source>
        <translation>в скрипте ответа слов: %1, это больше %2 — его не прочитать вслух за минуту; перенесите подробности в «## Для оператора»</translation>
    </message>
</context>
<context>
    <name>ArticlePreview</name>
    <message>
        <source>The operators' window could not show this article:</source>
        <translation>Окно оператора не сможет показать эту статью:</translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation>Уточняющие вопросы</translation>
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
    <message>
        <source>The call log data could not be read: %1</source>
        <translation>Не удалось прочитать данные журнала звонков: %1</translation>
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
    <name>CategoryTree</name>
    <message>
        <source>categories.json:%1: bad JSON: %2</source>
        <translation>categories.json:%1: ошибка в JSON: %2</translation>
    </message>
    <message>
        <source>categories.json has no "categories" list.</source>
        <translation>В categories.json нет списка «categories».</translation>
    </message>
    <message>
        <source>categories.json: "%1" is nested deeper than two levels.</source>
        <translation>categories.json: «%1» вложена глубже двух уровней.</translation>
    </message>
    <message>
        <source>The id "%1" may hold lower-case Latin letters, digits and dashes only.</source>
        <translation>Идентификатор «%1» может содержать только строчные латинские буквы, цифры и дефисы.</translation>
    </message>
    <message>
        <source>A category with the id "%1" already exists.</source>
        <translation>Категория с идентификатором «%1» уже есть.</translation>
    </message>
    <message>
        <source>Enter the category's title.</source>
        <translation>Введите название категории.</translation>
    </message>
    <message>
        <source>Subcategories can be added to top categories only.</source>
        <translation>Подкатегории добавляются только к разделам верхнего уровня.</translation>
    </message>
    <message>
        <source>There is no category "%1".</source>
        <translation>Категории «%1» нет.</translation>
    </message>
    <message>
        <source>A category needs a title: the operators find it by its title.</source>
        <translation>У категории должно быть название: операторы находят её по названию.</translation>
    </message>
    <message>
        <source>A category cannot be moved into itself.</source>
        <translation>Категорию нельзя перенести в неё саму.</translation>
    </message>
    <message>
        <source>Categories have two levels: move it under a top category.</source>
        <translation>У категорий два уровня: перенесите её в раздел верхнего уровня.</translation>
    </message>
    <message>
        <source>"%1" has subcategories: it must stay a top category.</source>
        <translation>У «%1» есть подкатегории: она должна остаться разделом верхнего уровня.</translation>
    </message>
    <message>
        <source>Articles are filed under "%1": it must stay a subcategory.</source>
        <translation>В «%1» есть статьи: она должна остаться подкатегорией.</translation>
    </message>
    <message>
        <source>"%1" still has subcategories: move or remove them first.</source>
        <translation>В «%1» ещё есть подкатегории: сначала перенесите или удалите их.</translation>
    </message>
    <message>
        <source>Articles are filed under "%1": move them to another category first.</source>
        <translation>В «%1» есть статьи: сначала перенесите их в другую категорию.</translation>
    </message>
    <message>
        <source>There are no categories.</source>
        <translation>Нет ни одной категории.</translation>
    </message>
    <message>
        <source>The id "%1" is used twice.</source>
        <translation>Идентификатор «%1» встречается дважды.</translation>
    </message>
    <message>
        <source>The category "%1" has no title.</source>
        <translation>У категории «%1» нет названия.</translation>
    </message>
    <message>
        <source>Articles are filed under categories that are not subcategories: %1.</source>
        <translation>Статьи отнесены к категориям, которых нет среди подкатегорий: %1.</translation>
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
    <name>DataPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Не удаётся создать папку данных %1.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by this user only: the callers' data would be open to other users of this computer. Check the folder's owner and file system.</source>
        <translation>Не удаётся сделать %1 доступным только этому пользователю: данные звонивших были бы открыты другим пользователям компьютера. Проверьте владельца папки и файловую систему.</translation>
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
    <name>DiffHtml</name>
    <message>
        <source>The texts are the same.</source>
        <translation>Тексты совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ</source>
        <translation>
            <numerusform>различается %n строка</numerusform>
            <numerusform>различаются %n строки</numerusform>
            <numerusform>различаются %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Не удалось создать папку черновиков %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft %1: %2</source>
        <translation>Не удалось сохранить черновик %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove the draft %1.</source>
        <translation>Не удалось удалить черновик %1.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>All appeals of the line are checked.</source>
        <translation>Проверены все обращения линии.</translation>
    </message>
    <message>
        <source>Only your own appeals may have been checked: your Redmine roles do not show the line's appeals.</source>
        <translation>Проверены, возможно, только ваши обращения: ваши роли в Redmine не показывают обращения линии.</translation>
    </message>
</context>
<context>
    <name>IssueHistory</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Трекер</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Parent issue</source>
        <translation>Родительская задача</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Частная</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Not connected to the server: the history as saved on %1.</source>
        <translation>Нет подключения к серверу: история, сохранённая %1.</translation>
    </message>
    <message>
        <source>Not connected to the server: the Redmine history of this appeal is shown once you are logged in.</source>
        <translation>Нет подключения к серверу: история обращения из Redmine будет показана, когда вы войдёте на сервер.</translation>
    </message>
    <message>
        <source>No connection to Redmine (%1): the history as saved on %2.</source>
        <translation>Нет связи с Redmine (%1): история, сохранённая %2.</translation>
    </message>
    <message>
        <source>No connection to Redmine (%1): the history of this appeal will be shown when the connection is back.</source>
        <translation>Нет связи с Redmine (%1): история обращения будет показана, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Redmine refused the history (%1): the history as saved on %2.</source>
        <translation>Redmine отказал в выдаче истории (%1): история, сохранённая %2.</translation>
    </message>
    <message>
        <source>Redmine refused the history: %1</source>
        <translation>Redmine отказал в выдаче истории: %1</translation>
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
    <name>KbChecker</name>
    <message>
        <source>Subcategories without articles (operators see them empty): %1</source>
        <translation>Подкатегории без статей (операторы увидят их пустыми): %1</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Группа %1: %2</translation>
    </message>
    <message>
        <source>the link to kb:%1 leads to an article that is not published yet: publish it first, or the operators get a broken link</source>
        <translation>ссылка kb:%1 ведёт на ещё не опубликованную статью: сначала опубликуйте её, иначе у операторов ссылка будет битой</translation>
    </message>
</context>
<context>
    <name>KbCommand</name>
    <message>
        <source>categories.json: categories without articles: %1</source>
        <translation>categories.json: категории без статей: %1</translation>
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
    <message>
        <source>%1 files, %2 articles loaded, %3 problems, %4 warnings</source>
        <translation>Файлов: %1, загружено статей: %2, проблем: %3, предупреждений: %4</translation>
    </message>
    <message>
        <source>Knowledge base: check [DIR], search "QUERY", stats, eval DIR|FILE…</source>
        <translation>База знаний: check [КАТАЛОГ], search "ЗАПРОС", stats, eval КАТАЛОГ|ФАЙЛ…</translation>
    </message>
    <message>
        <source>check: warnings fail too (exit 1).</source>
        <translation>check: предупреждения тоже дают код выхода 1.</translation>
    </message>
    <message>
        <source>Usage: hotline-cli kb check|search|stats|eval</source>
        <translation>Использование: hotline-cli kb check|search|stats|eval</translation>
    </message>
    <message>
        <source>Usage: hotline-cli kb eval DIR|FILE… [--json] [--kb DIR]</source>
        <translation>Использование: hotline-cli kb eval КАТАЛОГ|ФАЙЛ… [--json] [--kb КАТАЛОГ]</translation>
    </message>
    <message>
        <source>No exact match; partial matches:</source>
        <translation>Точных совпадений нет; частичные совпадения:</translation>
    </message>
</context>
<context>
    <name>KbDataPage</name>
    <message>
        <source>The page has no ```json block with %1.</source>
        <translation>На странице нет блока ```json с %1.</translation>
    </message>
</context>
<context>
    <name>KbEvalCommand</name>
    <message>
        <source>No .tsv query files in %1.</source>
        <translation>В %1 нет файлов запросов .tsv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected "query&lt;TAB&gt;article id"</source>
        <translation>%1:%2: ожидается «запрос&lt;TAB&gt;id статьи»</translation>
    </message>
    <message>
        <source>%1 queries: hit@1 %2 (%3 %), hit@3 %4 (%5 %), no result %6, only a partial match %7, expected article missing %8</source>
        <translation>Запросов: %1; hit@1 %2 (%3 %), hit@3 %4 (%5 %); без результата: %6; только частичное совпадение: %7; ожидаемой статьи нет в базе: %8</translation>
    </message>
</context>
<context>
    <name>KbIssue</name>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
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
    <name>KbSyncCommand</name>
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
    <name>KbUsageCommand</name>
    <message>
        <source>%1 published (version %2): %3 calls, %4 articles.</source>
        <translation>%1 опубликована (версия %2): звонков — %3, статей — %4.</translation>
    </message>
    <message>
        <source>kb usage: how often operators open each article after a search, from the call log of this workstation (the supervisor's synced log and its own calls), as usage.json.
With --publish it becomes the wiki page Kb_usage that every workstation's search uses.</source>
        <translation>kb usage: как часто операторы открывают каждую статью после поиска — по журналу звонков этого рабочего места (журнал линии, синхронизированный супервизором, и собственные звонки), в виде usage.json.
С --publish становится вики-страницей Kb_usage, которую учитывает поиск на всех рабочих местах.</translation>
    </message>
    <message>
        <source>Publish it as the page Kb_usage (needs the KB editor role).</source>
        <translation>Опубликовать как страницу Kb_usage (нужна роль редактора БЗ).</translation>
    </message>
    <message>
        <source>Days after which an open counts half (default 30).</source>
        <translation>Через сколько дней открытие статьи весит вдвое меньше (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Edit comment of the page.</source>
        <translation>Комментарий к правке страницы.</translation>
    </message>
    <message>
        <source>Usage recomputed from the call log</source>
        <translation>Использование пересчитано по журналу звонков</translation>
    </message>
    <message>
        <source>--half-life must be a number of days from 1 to 3650.</source>
        <translation>--half-life — число дней от 1 до 3650.</translation>
    </message>
    <message>
        <source>No call log on this workstation (%1): open the supervisor's call log and sync it first.</source>
        <translation>На этом рабочем месте нет журнала звонков (%1): сначала откройте журнал супервизора и синхронизируйте его.</translation>
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
    <name>KnowledgeBase</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation>неверный JSON: %1</translation>
    </message>
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
        <source>duplicate id "%1" (also in %2)</source>
        <translation>повторяющийся id «%1» (также в %2)</translation>
    </message>
    <message>
        <source>broken link to kb:%1: no such article</source>
        <translation>битая ссылка на kb:%1: такой статьи нет</translation>
    </message>
    <message>
        <source>the agency "%1" no longer exists</source>
        <translation>ведомство «%1» упразднено</translation>
    </message>
    <message>
        <source>the agency "%1" no longer exists; its successor is %2</source>
        <translation>ведомство «%1» упразднено; его работу ведёт %2</translation>
    </message>
    <message>
        <source>the agency "%1" is marked uncertain in the reference: check that it still does this work</source>
        <translation>ведомство «%1» отмечено в справочнике как неподтверждённое: проверьте, что оно по-прежнему этим занимается</translation>
    </message>
    <message>
        <source>the agency "%1" is marked uncertain in the reference: check that it still does this work; its likely successor is %2</source>
        <translation>ведомство «%1» отмечено в справочнике как неподтверждённое: проверьте, что оно по-прежнему этим занимается; вероятный преемник — %2</translation>
    </message>
    <message>
        <source>the main article "%1" of "%2" does not exist</source>
        <translation>главной статьи «%1» подкатегории «%2» нет</translation>
    </message>
    <message>
        <source>the main article "%1" of "%2" is in the category "%3"</source>
        <translation>главная статья «%1» подкатегории «%2» лежит в категории «%3»</translation>
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
    <message>
        <source>%1 Appeals cannot be filed on this computer until this is fixed.</source>
        <translation>%1 Пока это не исправлено, обращения на этом компьютере регистрировать нельзя.</translation>
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
    <message>
        <source>The stored addition to an appeal could not be read (the local outbox is damaged at this entry): it cannot be sent.</source>
        <translation>Сохранённое дополнение к обращению не читается (локальная очередь повреждена в этой записи): его нельзя отправить.</translation>
    </message>
    <message>
        <source>The stored call record could not be read (the local outbox is damaged at this entry): it cannot be sent.</source>
        <translation>Сохранённую запись о звонке не удалось прочитать (локальные исходящие повреждены в этом месте): её нельзя отправить.</translation>
    </message>
    <message>
        <source>The stored appeal could not be read (the local outbox is damaged at this entry): it cannot be sent. File it again from the caller's details if you have them.</source>
        <translation>Сохранённое обращение не удалось прочитать (локальные исходящие повреждены в этом месте): его нельзя отправить. Зарегистрируйте его заново по данным звонившего, если они у вас есть.</translation>
    </message>
    <message>
        <source>The local outbox could not be read: %1</source>
        <translation>Не удалось прочитать локальную очередь исходящих: %1</translation>
    </message>
</context>
<context>
    <name>PublishFlow</name>
    <message>
        <source>Another editor changed the article. Nothing was overwritten: compare the texts and publish again.</source>
        <translation>Статью изменил другой редактор. Ничего не перезаписано: сравните тексты и опубликуйте снова.</translation>
    </message>
    <message>
        <source>There is no article "%1".</source>
        <translation>Статьи «%1» нет.</translation>
    </message>
    <message>
        <source>Describe the change in a comment before publishing.</source>
        <translation>Перед публикацией опишите изменение в комментарии.</translation>
    </message>
    <message>
        <source>the text of version %1 from the server</source>
        <translation>замену текстом версии %1 с сервера</translation>
    </message>
    <message>
        <source>The article has changes that are not published. Publish them or go back to the published text first, then restore the old version.</source>
        <translation>В статье есть неопубликованные правки. Сначала опубликуйте их или верните опубликованный текст, затем восстанавливайте старую версию.</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>восстановление версии %1</translation>
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
        <source>The server name cannot be resolved. Check the server address and the network.</source>
        <translation>Не удаётся найти сервер по имени. Проверьте адрес сервера и сеть.</translation>
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
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The server refuses connections (it may be down).</source>
        <translation>Сервер не принимает соединения (возможно, он выключен).</translation>
    </message>
    <message>
        <source>The Redmine server failed (HTTP %1).</source>
        <translation>Сбой сервера Redmine (HTTP %1).</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Сервер закрыл соединение, не ответив.</translation>
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
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 — некорректный JSON: %2</translation>
    </message>
</context>
<context>
    <name>ScriptChecker</name>
    <message>
        <source>node "%1": %2</source>
        <translation>узел «%1»: %2</translation>
    </message>
    <message>
        <source>the id "%1" must equal the file name</source>
        <translation>id «%1» должен совпадать с именем файла</translation>
    </message>
    <message>
        <source>the id "%1" is also an article's id: give the script its own</source>
        <translation>id «%1» уже занят статьёй: дайте сценарию свой</translation>
    </message>
    <message>
        <source>unknown category "%1": use a subcategory id from categories.json</source>
        <translation>неизвестная категория «%1»: используйте id подкатегории из categories.json</translation>
    </message>
    <message>
        <source>the id is used by another node of the script too</source>
        <translation>этот id есть и у другого узла сценария</translation>
    </message>
    <message>
        <source>the start node "%1" does not exist</source>
        <translation>начального узла «%1» нет</translation>
    </message>
    <message>
        <source>%1 leads to "%2", which is not a node of the script</source>
        <translation>%1 ведёт к «%2», а такого узла в сценарии нет</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation>неизвестная подстановка {{%1}}</translation>
    </message>
    <message>
        <source>"%1" does not belong to a node of type %2</source>
        <translation>поле «%1» не относится к узлу типа %2</translation>
    </message>
    <message>
        <source>the text to read out is empty</source>
        <translation>пустой текст для чтения вслух</translation>
    </message>
    <message>
        <source>a dead end: the question has no answers (only a result may end a script)</source>
        <translation>тупик: у вопроса нет ответов (сценарий может заканчиваться только итогом)</translation>
    </message>
    <message>
        <source>%1 answers: at most %2 (the number keys 1–9)</source>
        <translation>%1 ответов: не больше %2 (цифровые клавиши 1–9)</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>ответ %1</translation>
    </message>
    <message>
        <source>a dead end: the information has no "next" (only a result may end a script)</source>
        <translation>тупик: у информации нет «next» (сценарий может заканчиваться только итогом)</translation>
    </message>
    <message>
        <source>a dead end: the jump names no script</source>
        <translation>тупик: в переходе не указан сценарий</translation>
    </message>
    <message>
        <source>jumps to the script "%1", which does not exist</source>
        <translation>переход в сценарий «%1», которого нет</translation>
    </message>
    <message>
        <source>unknown article "%1"</source>
        <translation>неизвестная статья «%1»</translation>
    </message>
    <message>
        <source>the result neither opens an article nor sets the kind of appeal</source>
        <translation>итог не открывает статью и не задаёт вид обращения</translation>
    </message>
    <message>
        <source>unknown kind "%1" (simple, complex, task or complaint)</source>
        <translation>неизвестный вид «%1» (simple, complex, task или complaint)</translation>
    </message>
    <message>
        <source>unknown algorithm "%1" (single, multi or omsu)</source>
        <translation>неизвестный алгоритм «%1» (single, multi или omsu)</translation>
    </message>
    <message>
        <source>"agencies" is an empty list (leave it out to take the article's)</source>
        <translation>«agencies» — пустой список (уберите поле, чтобы взять ведомства статьи)</translation>
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
        <source>the result sets a task without "days" (2–5 working days)</source>
        <translation>итог задаёт задачу без «days» (2–5 рабочих дней)</translation>
    </message>
    <message>
        <source>a task takes 2–5 working days, not %1</source>
        <translation>срок задачи — 2–5 рабочих дней, а не %1</translation>
    </message>
    <message>
        <source>"days" is only for a task</source>
        <translation>«days» задаётся только для задачи</translation>
    </message>
    <message>
        <source>a complaint is worked by the roadmap of a complaint article: name one in "article"</source>
        <translation>жалоба отрабатывается по дорожной карте статьи-жалобы: укажите её в «article»</translation>
    </message>
    <message>
        <source>unreachable: no path from the start "%1" leads here</source>
        <translation>недостижим: ни один путь от начала «%1» сюда не ведёт</translation>
    </message>
    <message>
        <source>a loop: %1 (a script must always move on towards a result)</source>
        <translation>цикл: %1 (сценарий должен всегда двигаться к итогу)</translation>
    </message>
</context>
<context>
    <name>ScriptFormat</name>
    <message>
        <source>%1 has no "%2"</source>
        <translation>%1: нет «%2»</translation>
    </message>
    <message>
        <source>%1: "%2" must be text</source>
        <translation>%1: «%2» должно быть текстом</translation>
    </message>
    <message>
        <source>%1: "%2" is empty</source>
        <translation>%1: «%2» пусто</translation>
    </message>
    <message>
        <source>%1 has no "%2" (a non-empty list)</source>
        <translation>%1: нет «%2» (непустой список)</translation>
    </message>
    <message>
        <source>%1: "%2" must be a list of texts</source>
        <translation>%1: «%2» должно быть списком строк</translation>
    </message>
    <message>
        <source>%1: "%2" is an empty list</source>
        <translation>%1: «%2» — пустой список</translation>
    </message>
    <message>
        <source>%1: unknown key "%2"</source>
        <translation>%1: неизвестное поле «%2»</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>узел %1</translation>
    </message>
    <message>
        <source>node "%1"</source>
        <translation>узел «%1»</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 — не объект</translation>
    </message>
    <message>
        <source>%1 has no "id"</source>
        <translation>%1: нет «id»</translation>
    </message>
    <message>
        <source>%1: the id may hold only lower-case Latin letters, digits and '-'</source>
        <translation>%1: в id допустимы только строчные латинские буквы, цифры и «-»</translation>
    </message>
    <message>
        <source>%1: unknown type "%2" (question, info, result or jump)</source>
        <translation>%1: неизвестный тип «%2» (question, info, result или jump)</translation>
    </message>
    <message>
        <source>%1: "text" must be text</source>
        <translation>%1: «text» должно быть текстом</translation>
    </message>
    <message>
        <source>%1: "answers" must be a list</source>
        <translation>%1: «answers» должно быть списком</translation>
    </message>
    <message>
        <source>%1, answer %2</source>
        <translation>%1, ответ %2</translation>
    </message>
    <message>
        <source>%1: "days" must be a whole number</source>
        <translation>%1: «days» должно быть целым числом</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>файл больше %1 байт</translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation>неверный JSON: %1</translation>
    </message>
    <message>
        <source>a script is a JSON object</source>
        <translation>сценарий должен быть объектом JSON</translation>
    </message>
    <message>
        <source>the script</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>the id "%1" may hold only lower-case Latin letters, digits and '-'</source>
        <translation>в id «%1» допустимы только строчные латинские буквы, цифры и «-»</translation>
    </message>
    <message>
        <source>"updated" must be a date YYYY-MM-DD</source>
        <translation>«updated» должно быть датой ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>the script has no "nodes" (a non-empty list)</source>
        <translation>в сценарии нет «nodes» (непустой список)</translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <source>The page has no ```json block with the script.</source>
        <translation>На странице нет блока ```json со сценарием.</translation>
    </message>
    <message>
        <source>%1: the script's id is "%2", the page is for "%3"</source>
        <translation>%1: id сценария «%2», а страница — для «%3»</translation>
    </message>
</context>
<context>
    <name>ScriptPublishFlow</name>
    <message>
        <source>There is no script "%1".</source>
        <translation>Сценария «%1» нет.</translation>
    </message>
    <message>
        <source>Describe the change in a comment before publishing.</source>
        <translation>Перед публикацией опишите изменение в комментарии.</translation>
    </message>
    <message>
        <source>Another editor changed the script. Nothing was overwritten: compare the texts and publish again.</source>
        <translation>Сценарий изменил другой редактор. Ничего не перезаписано: сравните тексты и опубликуйте снова.</translation>
    </message>
    <message>
        <source>the text of version %1 from the server</source>
        <translation>замену текстом версии %1 с сервера</translation>
    </message>
    <message>
        <source>The script has changes that are not published. Publish them or go back to the published text first, then restore the old version.</source>
        <translation>В сценарии есть неопубликованные изменения. Сначала опубликуйте или отмените их, затем восстановите старую версию.</translation>
    </message>
    <message>
        <source>Version %1 is not a valid script.</source>
        <translation>Версия %1 — не правильный сценарий.</translation>
    </message>
    <message>
        <source>Restored version %1: %2</source>
        <translation>Восстановлена версия %1: %2</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>восстановление версии %1</translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>There is no script «%1» in the knowledge base.</source>
        <translation>Сценария «%1» нет в базе знаний.</translation>
    </message>
    <message>
        <source>No script was started.</source>
        <translation>Сценарий не запущен.</translation>
    </message>
    <message>
        <source>The script «%1» has no step «%2»: tell the knowledge-base editor.</source>
        <translation>В сценарии «%1» нет шага «%2»: сообщите редактору базы знаний.</translation>
    </message>
    <message>
        <source>The script «%1» jumps in a circle: tell the knowledge-base editor.</source>
        <translation>Сценарий «%1» переходит по кругу: сообщите редактору базы знаний.</translation>
    </message>
    <message>
        <source>The script «%1» goes on in «%2», which is not in the knowledge base.</source>
        <translation>Сценарий «%1» продолжается в «%2», а его нет в базе знаний.</translation>
    </message>
    <message>
        <source>There is no such answer here.</source>
        <translation>Здесь нет такого ответа.</translation>
    </message>
    <message>
        <source>This step does not go on by itself.</source>
        <translation>Этот шаг не продолжается сам: выберите ответ.</translation>
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
        <translation>В этой сборке SQLite нет полнотекстового поиска FTS5.</translation>
    </message>
    <message>
        <source>Cannot build the search index (%1): %2</source>
        <translation>Не удаётся построить поисковый индекс (%1): %2</translation>
    </message>
    <message>
        <source>The search index %1 does not exist yet.</source>
        <translation>Поисковый индекс %1 ещё не создан.</translation>
    </message>
    <message>
        <source>The search index %1 is damaged.</source>
        <translation>Поисковый индекс %1 повреждён.</translation>
    </message>
    <message>
        <source>The search index %1 was built by another version.</source>
        <translation>Поисковый индекс %1 создан другой версией программы.</translation>
    </message>
</context>
<context>
    <name>SynonymSet</name>
    <message>
        <source>synonyms.json:%1: bad JSON: %2</source>
        <translation>synonyms.json:%1: ошибка в JSON: %2</translation>
    </message>
    <message>
        <source>synonyms.json has no "groups" list.</source>
        <translation>В synonyms.json нет списка «groups».</translation>
    </message>
    <message>
        <source>an empty term</source>
        <translation>пустое слово</translation>
    </message>
    <message>
        <source>"%1": a term cannot hold a semicolon</source>
        <translation>«%1»: в слове не может быть точки с запятой</translation>
    </message>
    <message>
        <source>a group needs at least two different words or phrases</source>
        <translation>в группе должно быть хотя бы два разных слова или выражения</translation>
    </message>
    <message>
        <source>"%1" is also in group %2</source>
        <translation>«%1» есть и в группе %2</translation>
    </message>
    <message>
        <source>Group %1 (%2): %3</source>
        <translation>Группа %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>usage.json: %1</source>
        <translation>usage.json: %1</translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation>неверный JSON: %1</translation>
    </message>
    <message>
        <source>unknown format (expected "format": 1)</source>
        <translation>неизвестный формат (ожидается "format": 1)</translation>
    </message>
    <message>
        <source>"computed" must be a date and time</source>
        <translation>«computed» должно быть датой и временем</translation>
    </message>
    <message>
        <source>"%1" is not an article id with a count ≥ 0</source>
        <translation>«%1» — не id статьи с числом ≥ 0</translation>
    </message>
    <message>
        <source>the query "%1" needs an object of counts</source>
        <translation>для запроса «%1» нужен объект с числами</translation>
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
    <message>
        <source>This is a number in Kazakhstan (+7 6… or +7 7…): only Russian numbers are accepted.</source>
        <translation>Это номер в Казахстане (+7 6… или +7 7…): принимаются только российские номера.</translation>
    </message>
    <message>
        <source>There is no Russian number with the code %1: check the number with the caller.</source>
        <translation>Российских номеров с кодом %1 не бывает: уточните номер у звонящего.</translation>
    </message>
</context>
<context>
    <name>WikiPublisher</name>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>Ответ сервера не удалось прочитать.</translation>
    </message>
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
    <name>WikiSync</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the shipped knowledge base into %1.</source>
        <translation>Не удалось скопировать поставляемую базу знаний в %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Не удалось перенести %1 в %2.</translation>
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
    <name>hotline::app::SingleInstance</name>
    <message>
        <source>Another start of the workstation cannot reach this one (%1): %2</source>
        <translation>Повторный запуск рабочего места не сможет передать звонок этому (%1): %2</translation>
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
    <name>hotline::itemmodels::CategoryTreeModel</name>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статей</translation>
    </message>
    <message>
        <source>▶ Script: %1</source>
        <translation>▶ Сценарий: %1</translation>
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
    <message>
        <source>Addition to appeal #%1: %2</source>
        <translation>Дополнение к обращению №%1: %2</translation>
    </message>
    <message>
        <source>Addition to an appeal</source>
        <translation>Дополнение</translation>
    </message>
    <message>
        <source>Damaged entry no. %1</source>
        <translation>Повреждённая запись № %1</translation>
    </message>
</context>
<context>
    <name>hotline::itemmodels::SearchResultsModel</name>
    <message>
        <source>▶ Script: %1</source>
        <translation>▶ Сценарий: %1</translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::ArticleListModel</name>
    <message>
        <source>published</source>
        <translation>опубликована</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>newer on the server</source>
        <translation>на сервере новее</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
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
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::CategoryEditModel</name>
    <message numerus="yes">
        <source>%1 (id %2): %n article(s)</source>
        <translation>
            <numerusform>%1 (id %2): %n статья</numerusform>
            <numerusform>%1 (id %2): %n статьи</numerusform>
            <numerusform>%1 (id %2): %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статей</translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::KbEditor</name>
    <message>
        <source>Enter the article's title: operators find it by the title.</source>
        <translation>Введите заголовок статьи: операторы находят её по заголовку.</translation>
    </message>
    <message>
        <source>The id "%1" may hold lower-case Latin letters, digits and dashes only (it becomes the name of the wiki page).</source>
        <translation>Идентификатор «%1» может содержать только строчные латинские буквы, цифры и дефисы (он станет именем вики-страницы).</translation>
    </message>
    <message>
        <source>An article with the id "%1" already exists.</source>
        <translation>Статья с идентификатором «%1» уже есть.</translation>
    </message>
    <message>
        <source>Choose a subcategory for the article.</source>
        <translation>Выберите подкатегорию для статьи.</translation>
    </message>
    <message>
        <source>new category «%1»</source>
        <translation>добавление категории «%1»</translation>
    </message>
    <message>
        <source>renaming «%1» to «%2»</source>
        <translation>переименование «%1» в «%2»</translation>
    </message>
    <message>
        <source>moving «%1»</source>
        <translation>перенос «%1»</translation>
    </message>
    <message>
        <source>Choose a category to move.</source>
        <translation>Выберите категорию, которую нужно перенести.</translation>
    </message>
    <message>
        <source>It is the first category already.</source>
        <translation>Это уже первая категория.</translation>
    </message>
    <message>
        <source>It is the last category already.</source>
        <translation>Это уже последняя категория.</translation>
    </message>
    <message>
        <source>removing «%1»</source>
        <translation>удаление «%1»</translation>
    </message>
    <message>
        <source>edit of synonym group %1</source>
        <translation>правку группы синонимов %1</translation>
    </message>
    <message>
        <source>new synonym group</source>
        <translation>добавление группы синонимов</translation>
    </message>
    <message>
        <source>Choose a group to remove.</source>
        <translation>Выберите группу, которую нужно удалить.</translation>
    </message>
    <message>
        <source>removing the group «%1»</source>
        <translation>удаление группы «%1»</translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::KbWorkspace</name>
    <message>
        <source>duplicate id "%1"</source>
        <translation>повторяющийся идентификатор «%1»</translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::ScriptEditor</name>
    <message>
        <source>script title</source>
        <translation>названия сценария</translation>
    </message>
    <message>
        <source>script category</source>
        <translation>категории сценария</translation>
    </message>
    <message>
        <source>script keywords</source>
        <translation>ключевых слов сценария</translation>
    </message>
    <message>
        <source>script sources</source>
        <translation>источников сценария</translation>
    </message>
    <message>
        <source>script notes</source>
        <translation>примечаний сценария</translation>
    </message>
    <message>
        <source>script update date</source>
        <translation>даты обновления сценария</translation>
    </message>
    <message>
        <source>start node</source>
        <translation>начального узла</translation>
    </message>
    <message>
        <source>edit of the %1</source>
        <translation>правку %1</translation>
    </message>
    <message>
        <source>edit of the node «%1»</source>
        <translation>правку узла «%1»</translation>
    </message>
    <message>
        <source>There is no node «%1».</source>
        <translation>Узла «%1» нет.</translation>
    </message>
    <message>
        <source>A node id may hold only lower-case Latin letters, digits and single dashes.</source>
        <translation>В id узла допустимы только строчные латинские буквы, цифры и одиночные дефисы.</translation>
    </message>
    <message>
        <source>The script already has a node «%1».</source>
        <translation>В сценарии уже есть узел «%1».</translation>
    </message>
    <message>
        <source>renaming of the node «%1» to «%2»</source>
        <translation>переименование узла «%1» в «%2»</translation>
    </message>
    <message>
        <source>There is no script «%1».</source>
        <translation>Сценария «%1» нет.</translation>
    </message>
    <message>
        <source>new node «%1»</source>
        <translation>новый узел «%1»</translation>
    </message>
    <message>
        <source>removal of the node «%1»</source>
        <translation>удаление узла «%1»</translation>
    </message>
    <message>
        <source>move of the node «%1»</source>
        <translation>перемещение узла «%1»</translation>
    </message>
    <message>
        <source>edit of answer %1 of «%2»</source>
        <translation>правку ответа %1 узла «%2»</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Новый ответ</translation>
    </message>
    <message>
        <source>new answer of «%1»</source>
        <translation>новый ответ узла «%1»</translation>
    </message>
    <message>
        <source>removal of answer %1 of «%2»</source>
        <translation>удаление ответа %1 узла «%2»</translation>
    </message>
    <message>
        <source>move of answer %1 of «%2»</source>
        <translation>перемещение ответа %1 узла «%2»</translation>
    </message>
    <message>
        <source>A script id may hold only lower-case Latin letters, digits and single dashes.</source>
        <translation>В id сценария допустимы только строчные латинские буквы, цифры и одиночные дефисы.</translation>
    </message>
    <message>
        <source>The id «%1» is taken by a script or an article.</source>
        <translation>id «%1» уже занят сценарием или статьёй.</translation>
    </message>
    <message>
        <source>Give the script a title.</source>
        <translation>Дайте сценарию название.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>new script «%1»</source>
        <translation>новый сценарий «%1»</translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::ScriptWorkspace</name>
    <message>
        <source>duplicate id "%1"</source>
        <translation>повторяющийся идентификатор «%1»</translation>
    </message>
    <message>
        <source>not a script</source>
        <translation>не сценарий</translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::SynonymsModel</name>
    <message>
        <source>Separate the words and phrases with ";"</source>
        <translation>Разделяйте слова и выражения точкой с запятой «;»</translation>
    </message>
    <message>
        <source>Words and phrases that mean the same</source>
        <translation>Слова и выражения с одним смыслом</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Слов</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
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
    <name>hotline::outbox::CallRecorder</name>
    <message>
        <source>Old call records could not be deleted from this computer: %1</source>
        <translation>Старые записи о звонках не удалось удалить с этого компьютера: %1</translation>
    </message>
    <message>
        <source>The call was not recorded on this computer: %1</source>
        <translation>Звонок не записан на этом компьютере: %1</translation>
    </message>
</context>
<context>
    <name>hotline::outbox::OutboxSender</name>
    <message>
        <source>The access key is no longer valid — log in again</source>
        <translation>Ключ доступа больше не действует — войдите заново</translation>
    </message>
    <message>
        <source>Sending is paused: the outbox could not record a delivery attempt (%1).</source>
        <translation>Отправка приостановлена: в очередь исходящих не удалось записать итог попытки отправки (%1).</translation>
    </message>
    <message>
        <source>The appeal stays in the outbox and is sent again later.</source>
        <translation>Обращение остаётся в исходящих и будет отправлено позже.</translation>
    </message>
    <message>
        <source>The call record stays in the outbox and is sent again later.</source>
        <translation>Запись о звонке остаётся в исходящих и будет отправлена позже.</translation>
    </message>
    <message>
        <source>The addition to the appeal stays in the outbox and is sent again later.</source>
        <translation>Дополнение к обращению остаётся в исходящих и будет отправлено позже.</translation>
    </message>
    <message>
        <source>The appeal stays in the outbox and is checked on the server before it is sent again.</source>
        <translation>Обращение остаётся в исходящих; перед повторной отправкой оно будет проверено на сервере.</translation>
    </message>
    <message>
        <source>The call record stays in the outbox and is checked on the server before it is sent again.</source>
        <translation>Запись о звонке остаётся в исходящих; перед повторной отправкой она будет проверена на сервере.</translation>
    </message>
    <message>
        <source>The addition to the appeal stays in the outbox and is checked on the server before it is sent again.</source>
        <translation>Дополнение к обращению остаётся в исходящих; перед повторной отправкой оно будет проверено на сервере.</translation>
    </message>
</context>
<context>
    <name>hotline::phone::BaresipLink</name>
    <message>
        <source>The softphone closed the link.</source>
        <translation>Софтфон закрыл соединение.</translation>
    </message>
    <message>
        <source>No softphone is set up on this workstation.</source>
        <translation>На этом рабочем месте софтфон не настроен.</translation>
    </message>
    <message>
        <source>The softphone control address «%1» is not valid: write it as 127.0.0.1:PORT.</source>
        <translation>Адрес управления софтфоном «%1» неверен: укажите его как 127.0.0.1:ПОРТ.</translation>
    </message>
    <message>
        <source>The softphone control address «%1» is refused: baresip's control port has no password and must listen on this computer only (127.0.0.1 or ::1), never on a network address.</source>
        <translation>Адрес управления софтфоном «%1» отклонён: порт управления baresip не защищён паролем и должен быть открыт только на этом компьютере (127.0.0.1 или ::1), а не на адресе в сети.</translation>
    </message>
    <message>
        <source>Connecting to the softphone…</source>
        <translation>Подключение к софтфону…</translation>
    </message>
    <message>
        <source>The softphone does not answer on %1:%2 (%3). Is baresip running?</source>
        <translation>Софтфон не отвечает на %1:%2 (%3). Запущен ли baresip?</translation>
    </message>
    <message>
        <source>malformed message</source>
        <translation>неверное сообщение</translation>
    </message>
    <message>
        <source>The softphone could not %1: %2</source>
        <translation>Софтфону не удалось %1: %2</translation>
    </message>
    <message>
        <source>The softphone is not connected: %1</source>
        <translation>Софтфон не подключён: %1</translation>
    </message>
    <message>
        <source>answer the call</source>
        <translation>ответить на звонок</translation>
    </message>
    <message>
        <source>end the call</source>
        <translation>завершить звонок</translation>
    </message>
    <message>
        <source>put the call on hold</source>
        <translation>поставить звонок на удержание</translation>
    </message>
    <message>
        <source>resume the call</source>
        <translation>снять звонок с удержания</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>позвонить на %1</translation>
    </message>
</context>
<context>
    <name>hotline::phone::CallerAppealsModel</name>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
    <message>
        <source>%1, done late</source>
        <translation>%1, с опозданием</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
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
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>hotline::phone::CallerHistory</name>
    <message>
        <source>Not filed: waits for a person</source>
        <translation>Не зарегистрировано: нужен человек</translation>
    </message>
    <message>
        <source>In the outbox, not sent yet</source>
        <translation>В исходящих, ещё не отправлено</translation>
    </message>
    <message>
        <source>Filed to Redmine</source>
        <translation>Зарегистрировано в Redmine</translation>
    </message>
    <message>
        <source>No server is connected: only this workstation's data is shown.</source>
        <translation>Сервер не подключён: показаны только данные этого рабочего места.</translation>
    </message>
</context>
<context>
    <name>hotline::phone::MissedCallsModel</name>
    <message>
        <source>hidden number</source>
        <translation>номер скрыт</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Звонил</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
</context>
<context>
    <name>hotline::phone::PhoneDesk</name>
    <message>
        <source>Phone: not connected</source>
        <translation>Телефон: не подключён</translation>
    </message>
    <message>
        <source>number hidden</source>
        <translation>номер скрыт</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Входящий: %1</translation>
    </message>
    <message>
        <source>Calling: %1</source>
        <translation>Вызов: %1</translation>
    </message>
    <message>
        <source>On the line: %1</source>
        <translation>Разговор: %1</translation>
    </message>
    <message>
        <source>Phone: ready</source>
        <translation>Телефон: готов</translation>
    </message>
    <message>
        <source>No softphone is set up on this workstation.</source>
        <translation>На этом рабочем месте софтфон не настроен.</translation>
    </message>
    <message>
        <source>The softphone is not connected: call the number from the phone.</source>
        <translation>Софтфон не подключён: наберите номер с телефона.</translation>
    </message>
    <message>
        <source>Finish the current call first.</source>
        <translation>Сначала завершите текущий звонок.</translation>
    </message>
    <message>
        <source>There is no number to call back.</source>
        <translation>Нет номера для обратного звонка.</translation>
    </message>
    <message>
        <source>A call from %1 came in while the previous call is not filed: file or discard it, then start the call (F5).</source>
        <translation>Поступил звонок с %1, а предыдущий звонок не оформлен: оформите или отмените его, затем начните звонок (F5).</translation>
    </message>
    <message>
        <source>a hidden number</source>
        <translation>скрытого номера</translation>
    </message>
    <message>
        <source>The previous call was not filed: it is recorded as a call without an appeal. The appeal form keeps what was typed.</source>
        <translation>Предыдущий звонок не был оформлен: он записан как звонок без обращения. Форма обращения сохранила введённое.</translation>
    </message>
    <message>
        <source>The caller hung up. The call is kept for filing.</source>
        <translation>Заявитель положил трубку. Звонок сохранён для оформления.</translation>
    </message>
    <message>
        <source>No answer from %1%2.</source>
        <translation>%1 не отвечает%2.</translation>
    </message>
    <message>
        <source>The softphone stopped during the call. The call is kept for filing; the phone reconnects by itself.</source>
        <translation>Софтфон отключился во время звонка. Звонок сохранён для оформления; телефон переподключится сам.</translation>
    </message>
    <message>
        <source>The softphone stopped while a call was ringing: it is listed as missed.</source>
        <translation>Софтфон отключился, когда звонил вызов: он записан в пропущенные.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::AdminWindow</name>
    <message>
        <source>Line 0150 — knowledge base editor</source>
        <translation>Линия 0150 — редактор базы знаний</translation>
    </message>
    <message>
        <source>The knowledge base in %1 could not be opened for editing: %2</source>
        <translation>Базу знаний в %1 не удалось открыть для правки: %2</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Статьи</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Категории</translation>
    </message>
    <message>
        <source>S&amp;ynonyms</source>
        <translation>Си&amp;нонимы</translation>
    </message>
    <message>
        <source>Drafts saved %1</source>
        <translation>Черновики сохранены в %1</translation>
    </message>
    <message>
        <source>Drafts NOT saved</source>
        <translation>Черновики НЕ сохранены</translation>
    </message>
    <message>
        <source>The drafts could not be saved: %1. Keep the window open; it tries again with the next change.</source>
        <translation>Черновики не удалось сохранить: %1. Не закрывайте окно: при следующей правке будет новая попытка.</translation>
    </message>
    <message numerus="yes">
        <source>%n article draft(s) from earlier are back; the list shows them in bold.</source>
        <translation>
            <numerusform>Восстановлен %n черновик статьи из прошлой работы; в списке он выделен жирным.</numerusform>
            <numerusform>Восстановлено %n черновика статей из прошлой работы; в списке они выделены жирным.</numerusform>
            <numerusform>Восстановлено %n черновиков статей из прошлой работы; в списке они выделены жирным.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;diting</source>
        <translation>&amp;Редактирование</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Новая статья…</translation>
    </message>
    <message>
        <source>&amp;Save drafts now</source>
        <translation>&amp;Сохранить черновики сейчас</translation>
    </message>
    <message>
        <source>The drafts are saved on this computer. The check: %1.</source>
        <translation>Черновики сохранены на этом компьютере. Проверка: %1.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Опубликовать…</translation>
    </message>
    <message>
        <source>&amp;Back to the published text…</source>
        <translation>&amp;Вернуть опубликованный текст…</translation>
    </message>
    <message>
        <source>&amp;Refresh from the server</source>
        <translation>О&amp;бновить с сервера</translation>
    </message>
    <message>
        <source>&amp;Close the editor</source>
        <translation>&amp;Закрыть редактор</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Проверить сейчас</translation>
    </message>
    <message>
        <source>&amp;Find an article</source>
        <translation>&amp;Найти статью</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>К &amp;списку статей</translation>
    </message>
    <message>
        <source>Article &amp;history</source>
        <translation>&amp;История статьи</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>&amp;Publish the categories…</source>
        <translation>&amp;Опубликовать категории…</translation>
    </message>
    <message>
        <source>&amp;Publish the synonyms…</source>
        <translation>&amp;Опубликовать синонимы…</translation>
    </message>
    <message>
        <source>&amp;Publish the article…</source>
        <translation>&amp;Опубликовать статью…</translation>
    </message>
    <message>
        <source>A new article has no published text: Ctrl+Z undoes creating it.</source>
        <translation>У новой статьи нет опубликованного текста: создание отменяется по Ctrl+Z.</translation>
    </message>
    <message>
        <source>Put the published text of «%1» back in the editor? Your changes go away from the editor (Ctrl+Z brings them back while the window is open).</source>
        <translation>Вернуть в редактор опубликованный текст «%1»? Ваши правки уйдут из редактора (пока окно открыто, Ctrl+Z вернёт их).</translation>
    </message>
    <message>
        <source>back to the published text</source>
        <translation>возврат к опубликованному тексту</translation>
    </message>
    <message>
        <source>No errors in the knowledge base</source>
        <translation>В базе знаний нет ошибок</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the knowledge base</source>
        <translation>
            <numerusform>В базе знаний %n ошибка</numerusform>
            <numerusform>В базе знаний %n ошибки</numerusform>
            <numerusform>В базе знаний %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>The drafts could not be saved (%1). Close anyway and lose the unpublished changes?</source>
        <translation>Черновики не удалось сохранить (%1). Всё равно закрыть и потерять неопубликованные правки?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are not published. They are kept as drafts on this computer and are here when you open the editor again. Close the editor?</source>
        <translation>
            <numerusform>%n правка не опубликована. Она хранится черновиком на этом компьютере и будет здесь, когда вы снова откроете редактор. Закрыть редактор?</numerusform>
            <numerusform>%n правки не опубликованы. Они хранятся черновиками на этом компьютере и будут здесь, когда вы снова откроете редактор. Закрыть редактор?</numerusform>
            <numerusform>%n правок не опубликованы. Они хранятся черновиками на этом компьютере и будут здесь, когда вы снова откроете редактор. Закрыть редактор?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;ripts</source>
        <translation>Сце&amp;нарии</translation>
    </message>
    <message>
        <source>&amp;Publish the script…</source>
        <translation>&amp;Опубликовать сценарий…</translation>
    </message>
    <message>
        <source>&amp;New script…</source>
        <translation>&amp;Новый сценарий…</translation>
    </message>
</context>
<context>
    <name>hotline::ui::AgencyDialog</name>
    <message>
        <source>Agencies of the article</source>
        <translation>Ведомства статьи</translation>
    </message>
    <message>
        <source>&amp;Find an agency (name, short name or id), Space ticks it:</source>
        <translation>&amp;Найдите ведомство (название, краткое название или идентификатор), пробел отмечает его:</translation>
    </message>
    <message>
        <source>— abolished, use %1</source>
        <translation>— упразднено, используйте %1</translation>
    </message>
    <message>
        <source>%1 — not in the reference list</source>
        <translation>%1 — нет в справочнике</translation>
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
    <message>
        <source>O&amp;GRN(IP)</source>
        <translation>О&amp;ГРН(ИП)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ArticleEditor</name>
    <message>
        <source>&amp;Text (Markdown: the sections «## …», lists «- …», **bold**, [title](kb:article-id)):</source>
        <translation>&amp;Текст статьи (Markdown: разделы «## …», списки «- …», **жирный**, [название](kb:id-статьи)):</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>&amp;Preview — as the operator sees it:</source>
        <translation>Как &amp;увидит оператор (просмотр):</translation>
    </message>
    <message>
        <source>Choose an article in the list on the left (Ctrl+L), or create one (Ctrl+N).</source>
        <translation>Выберите статью в списке слева (Ctrl+L) или создайте новую (Ctrl+N).</translation>
    </message>
    <message>
        <source>&lt;b&gt;New article&lt;/b&gt;, not on the server yet — kept as a draft on this computer.</source>
        <translation>&lt;b&gt;Новая статья&lt;/b&gt;, на сервере её ещё нет — хранится черновиком на этом компьютере.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; based on version %1 — kept on this computer until published.</source>
        <translation>&lt;b&gt;Черновик&lt;/b&gt; на основе версии %1 — хранится на этом компьютере до публикации.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; based on the shipped text — kept on this computer until published.</source>
        <translation>&lt;b&gt;Черновик&lt;/b&gt; на основе поставляемого текста — хранится на этом компьютере до публикации.</translation>
    </message>
    <message>
        <source>Published, version %1.</source>
        <translation>Опубликована, версия %1.</translation>
    </message>
    <message>
        <source>As shipped with the application.</source>
        <translation>Как поставляется с программой.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ArticleListPanel</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Все ведомства</translation>
    </message>
    <message>
        <source>&amp;Stale: not updated for</source>
        <translation>Давно не обнов&amp;лялись:</translation>
    </message>
    <message>
        <source>Never opened by &amp;operators</source>
        <translation>Ни разу не открыт&amp;ы операторами</translation>
    </message>
    <message>
        <source>C&amp;hanged here only</source>
        <translation>Только изменённые здесь</translation>
    </message>
    <message>
        <source>Find: title, id, keywords (Ctrl+F)</source>
        <translation>Поиск: заголовок, идентификатор, ключевые слова (Ctrl+F)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Months without an update</source>
        <translation>Месяцев без обновления</translation>
    </message>
    <message>
        <source>Needs the call log of this workstation</source>
        <translation>Нужен журнал звонков этого рабочего места</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>Список статей</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>newer on the server</source>
        <translation>на сервере новее</translation>
    </message>
    <message>
        <source>Articles no operator of this workstation has opened</source>
        <translation>Статьи, которые не открывал ни один оператор этого рабочего места</translation>
    </message>
    <message>
        <source>&amp;Articles: %1 of %2</source>
        <translation>Найдено стат&amp;ей: %1 из %2</translation>
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
    <name>hotline::ui::CallDetailView</name>
    <message>
        <source>%1 (nothing found)</source>
        <translation>%1 (ничего не найдено)</translation>
    </message>
    <message>
        <source>%1 (found: %2)</source>
        <translation>%1 (найдено: %2)</translation>
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
        <source>Call start</source>
        <translation>Начало звонка</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
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
        <source>Call result</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <source>KB articles opened</source>
        <translation>Открытые статьи БЗ</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Поиски</translation>
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
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Loading the history from Redmine…</source>
        <translation>Загрузка истории из Redmine…</translation>
    </message>
    <message>
        <source>History in Redmine</source>
        <translation>История в Redmine</translation>
    </message>
    <message>
        <source>No changes since it was filed.</source>
        <translation>Изменений после регистрации не было.</translation>
    </message>
    <message>
        <source>Subtasks</source>
        <translation>Подзадачи</translation>
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
    <message>
        <source>Ringing: %1 — F5 answers, F7 refuses</source>
        <translation>Звонит %1 — F5 ответить, F7 отклонить</translation>
    </message>
    <message>
        <source>number hidden</source>
        <translation>номер скрыт</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Вызов %1…</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Ответить</translation>
    </message>
</context>
<context>
    <name>hotline::ui::CallerCard</name>
    <message>
        <source>Earlier appeals of the caller</source>
        <translation>Прежние обращения звонящего</translation>
    </message>
    <message>
        <source>Appeal &amp;No.:</source>
        <translation>&amp;№ обращения:</translation>
    </message>
    <message>
        <source>the number the caller names (Ctrl+G)</source>
        <translation>номер, который называет заявитель (Ctrl+G)</translation>
    </message>
    <message>
        <source>Appeal number</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <source>The appeal as the caller should hear it</source>
        <translation>Обращение, как его прочитать заявителю</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>The selected appeal's status from Redmine (Enter)</source>
        <translation>Состояние выбранного обращения из Redmine (Enter)</translation>
    </message>
    <message>
        <source>A&amp;dd to the appeal…</source>
        <translation>&amp;Дополнить обращение…</translation>
    </message>
    <message>
        <source>Adds the caller's new information to the selected appeal as a note (Ctrl+Shift+D)</source>
        <translation>Добавляет новые сведения заявителя к выбранному обращению примечанием (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;New appeal</source>
        <translation>&amp;Новое обращение</translation>
    </message>
    <message>
        <source>Opens the appeal form with the caller's phone and INN (Ctrl+Shift+N)</source>
        <translation>Открывает форму обращения с телефоном и ИНН звонящего (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type the appeal's number (digits only) and press Enter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Введите номер обращения (только цифры) и нажмите Enter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>Caller not identified</source>
        <translation>Звонящий не определён</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Звонящий: %1</translation>
    </message>
    <message>
        <source>Calls from this number on this workstation in 90 days: %1 (missed: %2).</source>
        <translation>Звонков с этого номера на это рабочее место за 90 дней: %1 (пропущено: %2).</translation>
    </message>
    <message>
        <source>No number or INN yet: the card fills in when the caller is known.</source>
        <translation>Номера и ИНН пока нет: карточка заполнится, когда звонящий станет известен.</translation>
    </message>
    <message>
        <source>Only this workstation's data is shown: no server is connected.</source>
        <translation>Показаны только данные этого рабочего места: сервер не подключён.</translation>
    </message>
    <message>
        <source>This workstation's data; asking Redmine…</source>
        <translation>Данные этого рабочего места; запрос в Redmine…</translation>
    </message>
    <message>
        <source>Only this workstation's data is shown: Redmine did not answer (%1).</source>
        <translation>Показаны только данные этого рабочего места: Redmine не ответил (%1).</translation>
    </message>
    <message>
        <source>Appeals from Redmine and this workstation: %1.</source>
        <translation>Обращения из Redmine и с этого рабочего места: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading appeal №%1 from Redmine…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Чтение обращения №%1 из Redmine…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Appeal №%1&lt;/b&gt; — %2, of %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Обращение №%1&lt;/b&gt; — %2, от %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Appeal not sent yet&lt;/b&gt; — %1, of %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Обращение ещё не отправлено&lt;/b&gt; — %1, от %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Состояние:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deadline:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Срок:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Enter: the whole status from Redmine.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Enter — полное состояние из Redmine.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Executor now:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Исполнитель сейчас:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roadmap step:&lt;/b&gt; %1 — %2 (%3 of %4 done)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Шаг дорожной карты:&lt;/b&gt; %1 — %2 (выполнено %3 из %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roadmap:&lt;/b&gt; all %1 steps done&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Дорожная карта:&lt;/b&gt; все шаги (%1) выполнены&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deadline:&lt;/b&gt; &lt;span style='%1'&gt;%2&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Срок:&lt;/b&gt; &lt;span style='%1'&gt;%2&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last answer&lt;/b&gt; (%1, %2):&lt;/p&gt;&lt;blockquote&gt;%3&lt;/blockquote&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Последний ответ&lt;/b&gt; (%1, %2):&lt;/p&gt;&lt;blockquote&gt;%3&lt;/blockquote&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last answer:&lt;/b&gt; none yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Последний ответ:&lt;/b&gt; пока нет.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hotline::ui::CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>New &amp;top category…</source>
        <translation>Новый раздел &amp;верхнего уровня…</translation>
    </message>
    <message>
        <source>New &amp;subcategory…</source>
        <translation>Новая подкатегори&amp;я…</translation>
    </message>
    <message>
        <source>Re&amp;name (F2)</source>
        <translation>Переи&amp;меновать (F2)</translation>
    </message>
    <message>
        <source>Move &amp;up (Alt+Up)</source>
        <translation>В&amp;ыше (Alt+↑)</translation>
    </message>
    <message>
        <source>Move do&amp;wn (Alt+Down)</source>
        <translation>Ни&amp;же (Alt+↓)</translation>
    </message>
    <message>
        <source>Move &amp;under…</source>
        <translation>Перенести в дру&amp;гой раздел…</translation>
    </message>
    <message>
        <source>&amp;Remove (Del)</source>
        <translation>&amp;Удалить (Del)</translation>
    </message>
    <message>
        <source>Category &amp;tree as the operators see it (drag to move, F2 renames):</source>
        <translation>&amp;Дерево категорий, как его видят операторы (перетащите, чтобы перенести; F2 — переименовать):</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits and dashes; articles refer to it</source>
        <translation>Строчные латинские буквы, цифры и дефисы; по нему на категорию ссылаются статьи</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>New top category</source>
        <translation>Новый раздел верхнего уровня</translation>
    </message>
    <message>
        <source>Choose the top category the subcategory goes under.</source>
        <translation>Выберите раздел верхнего уровня, в который добавить подкатегорию.</translation>
    </message>
    <message>
        <source>New subcategory of «%1»</source>
        <translation>Новая подкатегория раздела «%1»</translation>
    </message>
    <message>
        <source>Choose a subcategory to move under another top category.</source>
        <translation>Выберите подкатегорию, которую нужно перенести в другой раздел.</translation>
    </message>
    <message>
        <source>Move under</source>
        <translation>Перенести в раздел</translation>
    </message>
    <message>
        <source>&amp;Top category:</source>
        <translation>&amp;Раздел верхнего уровня:</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ConflictDialog</name>
    <message>
        <source>Another editor changed the article</source>
        <translation>Статью изменил другой редактор</translation>
    </message>
    <message>
        <source>another editor</source>
        <translation>другой редактор</translation>
    </message>
    <message>
        <source>«%1»: another editor changed the article</source>
        <translation>«%1»: статью изменил другой редактор</translation>
    </message>
    <message>
        <source>While you were editing, %1 saved version %2 (%3, comment: «%4»). Nothing was overwritten and your text is still in the editor.</source>
        <translation>Пока вы правили, %1 сохранил(а) версию %2 (%3, комментарий: «%4»). Ничего не перезаписано, ваш текст остался в редакторе.</translation>
    </message>
    <message>
        <source>only in your text</source>
        <translation>только в вашем тексте</translation>
    </message>
    <message>
        <source>only on the server (version %1)</source>
        <translation>только на сервере (версия %1)</translation>
    </message>
    <message>
        <source>Publish &amp;my text over version %1…</source>
        <translation>Опубликовать &amp;мой текст поверх версии %1…</translation>
    </message>
    <message>
        <source>&amp;Take the server's text (yours stays one Ctrl+Z away)</source>
        <translation>&amp;Взять текст с сервера (ваш вернёт Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Close, decide later</source>
        <translation>&amp;Закрыть и решить позже</translation>
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
    <message>
        <source>Computing the figures of the filtered calls…</source>
        <translation>Подсчёт показателей по отобранным звонкам…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed calls:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;answered within %2 s:&lt;/b&gt; %3 (%4 of %5 with a known ringing time)</source>
        <translation>&lt;b&gt;Пропущено звонков:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;отвечено за %2 с:&lt;/b&gt; %3 (%4 из %5 с известным временем ожидания)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>hotline::ui::DraftKeeper</name>
    <message>
        <source>The draft of the appeal cannot be saved: %1</source>
        <translation>Черновик обращения не удаётся сохранить: %1</translation>
    </message>
    <message>
        <source>The draft of the appeal is not saved: it cannot be made readable by you only.</source>
        <translation>Черновик обращения не сохранён: его не удаётся сделать доступным только вам.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::DuplicateHint</name>
    <message>
        <source>Checked on this workstation only: no server is connected.</source>
        <translation>Проверено только здесь: сервер не подключён.</translation>
    </message>
    <message>
        <source>Asking Redmine…</source>
        <translation>Запрос в Redmine…</translation>
    </message>
    <message>
        <source>Checked on this workstation only: %1</source>
        <translation>Проверено только здесь: %1</translation>
    </message>
    <message>
        <source>An open appeal with this INN from the last %1 days: &lt;b&gt;№%2&lt;/b&gt; of %3 «%4» (%5). &lt;a href="note:%2"&gt;Add to it&lt;/a&gt; instead of filing a new one?</source>
        <translation>Открытое обращение с этим ИНН за последние %1 дней: &lt;b&gt;№%2&lt;/b&gt; от %3 «%4» (%5). &lt;a href="note:%2"&gt;Дополнить его&lt;/a&gt; вместо нового?</translation>
    </message>
    <message>
        <source>An appeal with this INN was filed on this workstation on %1 and is not sent yet: «%2».</source>
        <translation>Обращение с этим ИНН подано на этом рабочем месте %1 и ещё не отправлено: «%2».</translation>
    </message>
    <message>
        <source>Open appeals with this INN: %1 in all.</source>
        <translation>Всего открытых обращений с этим ИНН: %1.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::HistoryView</name>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Восстановить эту версию…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Обн&amp;овить</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Versions of the article</source>
        <translation>Версии статьи</translation>
    </message>
    <message>
        <source>&amp;Compare the chosen version with:</source>
        <translation>Сравнить в&amp;ыбранную версию с:</translation>
    </message>
    <message>
        <source>the current version on the server</source>
        <translation>текущей версией на сервере</translation>
    </message>
    <message>
        <source>my text in the editor</source>
        <translation>моим текстом в редакторе</translation>
    </message>
    <message>
        <source>Choose an article to see its versions.</source>
        <translation>Выберите статью, чтобы увидеть её версии.</translation>
    </message>
    <message>
        <source>The versions are read from the server when this tab is opened.</source>
        <translation>Версии читаются с сервера, когда открывается эта вкладка.</translation>
    </message>
    <message>
        <source>Reading the versions from the server…</source>
        <translation>Чтение версий с сервера…</translation>
    </message>
    <message>
        <source>The article is not on the server yet: it has no versions.</source>
        <translation>Статьи на сервере ещё нет: версий у неё нет.</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Версии не удалось прочитать: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) on the server, the newest first. Choose one to see what differs.</source>
        <translation>
            <numerusform>На сервере %n версия, новые сверху. Выберите версию, чтобы увидеть отличия.</numerusform>
            <numerusform>На сервере %n версии, новые сверху. Выберите версию, чтобы увидеть отличия.</numerusform>
            <numerusform>На сервере %n версий, новые сверху. Выберите версию, чтобы увидеть отличия.</numerusform>
        </translation>
    </message>
    <message>
        <source>in your text</source>
        <translation>в вашем тексте</translation>
    </message>
    <message>
        <source>in the current version %1</source>
        <translation>в текущей версии %1</translation>
    </message>
    <message>
        <source>only in version %1</source>
        <translation>только в версии %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>только %1</translation>
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
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Режим</translation>
    </message>
    <message>
        <source>&amp;Supervisor: call log and dashboard…</source>
        <translation>&amp;Супервизор: журнал звонков и сводка…</translation>
    </message>
    <message>
        <source>Knowledge base &amp;editor…</source>
        <translation>&amp;Редактор базы знаний…</translation>
    </message>
    <message>
        <source>The knowledge base was updated; the open article has changed.</source>
        <translation>База знаний обновлена: открытая статья изменилась.</translation>
    </message>
    <message>
        <source>The knowledge base was updated; the open article was removed from it.</source>
        <translation>База знаний обновлена: открытая статья из неё удалена.</translation>
    </message>
    <message numerus="yes">
        <source>The knowledge base was updated (%n article(s)).</source>
        <translation>
            <numerusform>База знаний обновлена (%n статья).</numerusform>
            <numerusform>База знаний обновлена (%n статьи).</numerusform>
            <numerusform>База знаний обновлена (%n статей).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Knowledge base sync: %n page(s) with errors were skipped, the previous text stays.</source>
        <translation>
            <numerusform>Синхронизация базы знаний: %n страница с ошибками пропущена, действует прежний текст.</numerusform>
            <numerusform>Синхронизация базы знаний: %n страницы с ошибками пропущены, действует прежний текст.</numerusform>
            <numerusform>Синхронизация базы знаний: %n страниц с ошибками пропущено, действует прежний текст.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::MetadataForm</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>A task: working days to resolve, 2 to 5</source>
        <translation>Задача: рабочих дней на решение, от 2 до 5</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>не дата</translation>
    </message>
    <message>
        <source>Words callers use, colloquial ones and abbreviations too; separate them with ";"</source>
        <translation>Слова, которыми говорят заявители, в том числе разговорные и сокращения; разделяйте их точкой с запятой «;»</translation>
    </message>
    <message>
        <source>One act per line</source>
        <translation>По одному акту в строке</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Кат&amp;егория:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Срок, &amp;дней:</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>О&amp;бновлено:</translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation>&amp;Алгоритм:</translation>
    </message>
    <message>
        <source>&amp;Agencies:</source>
        <translation>Ведо&amp;мства:</translation>
    </message>
    <message>
        <source>Key&amp;words:</source>
        <translation>Клю&amp;чевые слова:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Правовые &amp;основания:</translation>
    </message>
    <message>
        <source>&amp;Roadmap:</source>
        <translation>Дорожна&amp;я карта:</translation>
    </message>
    <message>
        <source>%1 (no such category)</source>
        <translation>%1 (такой категории нет)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MissedCallsView</name>
    <message>
        <source>Missed calls</source>
        <translation>Пропущенные</translation>
    </message>
    <message>
        <source>&amp;Call back (Enter)</source>
        <translation>&amp;Перезвонить (Enter)</translation>
    </message>
    <message>
        <source>No missed calls in the last 7 days.</source>
        <translation>За последние 7 дней пропущенных нет.</translation>
    </message>
    <message>
        <source>A caller leaves the list once a call with them is answered.</source>
        <translation>Звонящий уходит из списка, когда разговор с ним состоялся.</translation>
    </message>
    <message>
        <source>Missed calls (%1)</source>
        <translation>Пропущенные (%1)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ModeWindows</name>
    <message>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
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
    <message numerus="yes">
        <source>No exact match. Similar articles: %n — check that they fit (Enter opens the first)</source>
        <translation>
            <numerusform>Точных совпадений нет — показана похожая статья (%n). Проверьте, подходит ли она; Enter — открыть|Точных совпадений нет — показаны похожие статьи (%n). Проверьте, подходят ли они; Enter — открыть первую|Точных совпадений нет — показаны похожие статьи (%n). Проверьте, подходят ли они; Enter — открыть первую</numerusform><numerusform>Точных совпадений нет — показана похожая статья (%n). Проверьте, подходит ли она; Enter — открыть|Точных совпадений нет — показаны похожие статьи (%n). Проверьте, подходят ли они; Enter — открыть первую|Точных совпадений нет — показаны похожие статьи (%n). Проверьте, подходят ли они; Enter — открыть первую</numerusform><numerusform>Точных совпадений нет — показана похожая статья (%n). Проверьте, подходит ли она; Enter — открыть|Точных совпадений нет — показаны похожие статьи (%n). Проверьте, подходят ли они; Enter — открыть первую|Точных совпадений нет — показаны похожие статьи (%n). Проверьте, подходят ли они; Enter — открыть первую</numerusform></translation>
    </message>
    <message>
        <source>Searching further…</source>
        <translation>Идёт расширенный поиск…</translation>
    </message>
</context>
<context>
    <name>hotline::ui::NewArticleDialog</name>
    <message>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits and dashes; it becomes the name of the wiki page</source>
        <translation>Строчные латинские буквы, цифры и дефисы; станет именем вики-страницы</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
</context>
<context>
    <name>hotline::ui::NoteDialog</name>
    <message>
        <source>Add to appeal №%1</source>
        <translation>Дополнить обращение №%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal №%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Обращение №%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&amp;What the caller adds (it goes to the appeal's history in Redmine; the executor sees it):</source>
        <translation>&amp;Что сообщает заявитель (попадёт в историю обращения в Redmine, исполнитель увидит):</translation>
    </message>
    <message>
        <source>Addition to the appeal</source>
        <translation>Дополнение к обращению</translation>
    </message>
    <message>
        <source>Add (Ctrl+Enter)</source>
        <translation>Дополнить (Ctrl+Enter)</translation>
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
    <name>hotline::ui::PhoneUi</name>
    <message>
        <source>Caller</source>
        <translation>Звонящий</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Appeal by &amp;number…</source>
        <translation>Обращение по &amp;номеру…</translation>
    </message>
    <message>
        <source>&amp;Missed calls</source>
        <translation>&amp;Пропущенные звонки</translation>
    </message>
    <message>
        <source>Caller's &amp;card</source>
        <translation>&amp;Карточка звонящего</translation>
    </message>
    <message>
        <source>The local outbox could not be opened: the addition cannot be stored.</source>
        <translation>Локальные исходящие не открылись: дополнение сохранить нельзя.</translation>
    </message>
    <message>
        <source>The addition to appeal №%1 is in the outbox.</source>
        <translation>Дополнение к обращению №%1 в исходящих.</translation>
    </message>
    <message>
        <source>The addition was not stored: %1</source>
        <translation>Дополнение не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ProblemList</name>
    <message>
        <source>Problems found by the check</source>
        <translation>Проблемы, найденные проверкой</translation>
    </message>
    <message>
        <source>text, line %1</source>
        <translation>текст, строка %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>&amp;Check: no problems.</source>
        <translation>Проверка: проблем нет.</translation>
    </message>
    <message>
        <source>&amp;Check: %1, %2 — Enter on a problem goes to it.</source>
        <translation>Проверка: %1, %2 — Enter на проблеме переводит к ней.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Kind of appeal</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>Days to resolve</source>
        <translation>Срок, дней</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовые основания</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
</context>
<context>
    <name>hotline::ui::PublishController</name>
    <message>
        <source>The server refused: this account may not edit the knowledge base (it needs the role «Редактор БЗ»). The changes are kept as a draft.</source>
        <translation>Сервер отказал: этой учётной записи нельзя править базу знаний (нужна роль «Редактор БЗ»). Правки сохранены черновиком.</translation>
    </message>
    <message>
        <source>No connection to the server: the changes are kept as a draft on this computer; publish again when the server can be reached.</source>
        <translation>Нет связи с сервером: правки сохранены черновиком на этом компьютере; опубликуйте снова, когда сервер будет доступен.</translation>
    </message>
    <message>
        <source>«%1» is not published: the check found problems (listed next to the editor). Fix them and publish again.</source>
        <translation>«%1» не опубликована: проверка нашла проблемы (они перечислены рядом с редактором). Исправьте их и опубликуйте снова.</translation>
    </message>
    <message>
        <source>Nothing to publish: «%1» is as on the server.</source>
        <translation>Публиковать нечего: «%1» совпадает с версией на сервере.</translation>
    </message>
    <message>
        <source>No server is configured: the changes are kept as a draft on this computer.</source>
        <translation>Сервер не настроен: правки хранятся черновиком на этом компьютере.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>the other editor's text</source>
        <translation>замену текстом другого редактора</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Синонимы</translation>
    </message>
    <message>
        <source>«%1» is not published: the check found problems (listed on the page). Fix them and publish again.</source>
        <translation>«%1» не опубликованы: проверка нашла проблемы (они перечислены на странице). Исправьте их и опубликуйте снова.</translation>
    </message>
    <message>
        <source>the other editor's categories</source>
        <translation>замену категориями другого редактора</translation>
    </message>
    <message>
        <source>the other editor's synonyms</source>
        <translation>замену синонимами другого редактора</translation>
    </message>
    <message>
        <source>«%1» is published as version %2. The workstations take it in with their next sync.</source>
        <translation>«%1»: опубликована версия %2. Рабочие места получат её при следующей синхронизации.</translation>
    </message>
    <message>
        <source>«%1» is not published. %2</source>
        <translation>«%1» не опубликовано. %2</translation>
    </message>
    <message>
        <source>«%1» is not published: another editor changed it. Nothing was overwritten.</source>
        <translation>«%1» не опубликовано: статью изменил другой редактор. Ничего не перезаписано.</translation>
    </message>
    <message>
        <source>another editor</source>
        <translation>другой редактор</translation>
    </message>
    <message>
        <source>Publish your text over version %1 by %2? Their change is replaced by your text; it stays in the history and can be restored.</source>
        <translation>Опубликовать ваш текст поверх версии %1 (автор: %2)? Его правка будет заменена вашим текстом; она останется в истории, её можно восстановить.</translation>
    </message>
    <message>
        <source>The other editor's text is in the editor now; Ctrl+Z brings your text back.</source>
        <translation>В редакторе теперь текст другого редактора; Ctrl+Z вернёт ваш текст.</translation>
    </message>
    <message>
        <source>The newer text of version %1 was taken from the server.</source>
        <translation>С сервера взят более новый текст версии %1.</translation>
    </message>
    <message>
        <source>The server has a newer version %1 by %2: publishing will show what differs.</source>
        <translation>На сервере есть более новая версия %1 (автор: %2): при публикации будет показано, чем она отличается.</translation>
    </message>
    <message>
        <source>no server is configured</source>
        <translation>сервер не настроен</translation>
    </message>
    <message>
        <source>«%1» has changes that are not published: publish them or go back to the published text first (File menu), then restore.</source>
        <translation>В «%1» есть неопубликованные правки: сначала опубликуйте их или верните опубликованный текст (меню «Файл»), затем восстанавливайте.</translation>
    </message>
    <message>
        <source>Restore version %1 of «%2»? It is published again as the newest version for every workstation; the current text stays in the history.</source>
        <translation>Восстановить версию %1 статьи «%2»? Она будет опубликована заново как самая новая для всех рабочих мест; текущий текст останется в истории.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Восстановление версии %1</translation>
    </message>
    <message>
        <source>Version %1 is not restored. %2</source>
        <translation>Версия %1 не восстановлена. %2</translation>
    </message>
    <message>
        <source>Another editor changed the article meanwhile: reload the history.</source>
        <translation>Тем временем статью изменил другой редактор: обновите историю.</translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation>Версия %1 восстановлена как версия %2.</translation>
    </message>
    <message>
        <source>No server is configured: editing works, the changes are kept as drafts.</source>
        <translation>Сервер не настроен: править можно, правки хранятся черновиками.</translation>
    </message>
    <message>
        <source>Connected to the server: the list shows which articles are newer there.</source>
        <translation>Связь с сервером есть: в списке отмечено, какие статьи там новее.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::PublishDialog</name>
    <message>
        <source>Publish to the knowledge base</source>
        <translation>Публикация в базу знаний</translation>
    </message>
    <message>
        <source>Publishing «%1» for every workstation of the line.</source>
        <translation>Публикуется «%1» — для всех рабочих мест линии.</translation>
    </message>
    <message>
        <source>Changes against the version on the server:</source>
        <translation>Изменения относительно версии на сервере:</translation>
    </message>
    <message>
        <source>taken out</source>
        <translation>убрано</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>Edit &amp;comment (required, other editors see it in the history):</source>
        <translation>&amp;Комментарий к правке (обязательно; другие редакторы увидят его в истории):</translation>
    </message>
    <message>
        <source>What changed and why, e.g. «new deadline from the ministry's letter»</source>
        <translation>Что изменилось и почему, например: «новый срок по письму министерства»</translation>
    </message>
    <message>
        <source>Set «&amp;Updated» to today, %1</source>
        <translation>Поставить «&amp;Обновлено»: сегодня, %1</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>О&amp;публиковать</translation>
    </message>
    <message>
        <source>Describe the change in a comment: without it the page is not published.</source>
        <translation>Опишите правку в комментарии: без него страница не публикуется.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::RoadmapEditor</name>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Roadmap steps</source>
        <translation>Шаги дорожной карты</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>модерация</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>исполнение</translation>
    </message>
    <message>
        <source>control</source>
        <translation>контроль</translation>
    </message>
    <message>
        <source> wd</source>
        <translation> р. д.</translation>
    </message>
    <message>
        <source>Working day from the complaint's registration day by which the step is due</source>
        <translation>Рабочий день от дня регистрации жалобы, к которому шаг должен быть выполнен</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptController</name>
    <message>
        <source>Script started: number keys answer, Backspace goes back, Esc closes it.</source>
        <translation>Сценарий запущен: цифры — ответы, Backspace — шаг назад, Esc — закрыть.</translation>
    </message>
    <message>
        <source>Script «%1»:</source>
        <translation>Сценарий «%1»:</translation>
    </message>
    <message>
        <source>— on in the script «%1»</source>
        <translation>— далее в сценарии «%1»</translation>
    </message>
    <message>
        <source>— result: %1</source>
        <translation>— итог: %1</translation>
    </message>
    <message>
        <source>This result of the script cannot fill the form: tell the knowledge-base editor.</source>
        <translation>Этот итог сценария не может заполнить форму: сообщите редактору базы знаний.</translation>
    </message>
    <message>
        <source>The appeal form is filled in from the script's result (F8 to check and file it).</source>
        <translation>Форма обращения заполнена по итогу сценария (F8 — проверить и отправить).</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptEditorPage</name>
    <message>
        <source>Scri&amp;pts:</source>
        <translation>Сцена&amp;рии:</translation>
    </message>
    <message>
        <source>&amp;New script…</source>
        <translation>&amp;Новый сценарий…</translation>
    </message>
    <message>
        <source>No&amp;des</source>
        <translation>&amp;Узлы</translation>
    </message>
    <message>
        <source>Script &amp;fields</source>
        <translation>&amp;Поля сценария</translation>
    </message>
    <message>
        <source>Run the preview from the start (F9)</source>
        <translation>Запустить просмотр сначала (F9)</translation>
    </message>
    <message>
        <source>Pre&amp;view and check</source>
        <translation>Про&amp;смотр и проверка</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>N&amp;odes (the start first in the path; Alt+↑/↓ moves):</source>
        <translation>&amp;Узлы (Alt+↑/↓ — переместить):</translation>
    </message>
    <message>
        <source>+ &amp;Question</source>
        <translation>+ &amp;Вопрос</translation>
    </message>
    <message>
        <source>+ &amp;Information</source>
        <translation>+ &amp;Информация</translation>
    </message>
    <message>
        <source>+ &amp;Result</source>
        <translation>+ И&amp;тог</translation>
    </message>
    <message>
        <source>+ &amp;Jump</source>
        <translation>+ П&amp;ереход</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>words callers use, separated by «;»</source>
        <translation>слова, которыми говорят звонящие, через «;»</translation>
    </message>
    <message>
        <source>one source per line: acts, official pages</source>
        <translation>по источнику в строке: акты, официальные страницы</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Ключевые слова:</translation>
    </message>
    <message>
        <source>&amp;Start node:</source>
        <translation>&amp;Начальный узел:</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>О&amp;бновлено:</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>&amp;Источники:</translation>
    </message>
    <message>
        <source>&amp;Notes for operators:</source>
        <translation>При&amp;мечания для операторов:</translation>
    </message>
    <message>
        <source> (start)</source>
        <translation> (начало)</translation>
    </message>
    <message>
        <source>Choose a script on the left.</source>
        <translation>Выберите сценарий слева.</translation>
    </message>
    <message>
        <source>A new script, not published yet.</source>
        <translation>Новый сценарий, ещё не опубликован.</translation>
    </message>
    <message>
        <source>Changed here, not published (a draft on this computer).</source>
        <translation>Изменён здесь, не опубликован (черновик на этом компьютере).</translation>
    </message>
    <message>
        <source>As published (version %1).</source>
        <translation>Как опубликован (версия %1).</translation>
    </message>
    <message>
        <source>As shipped with the application.</source>
        <translation>Как поставляется с программой.</translation>
    </message>
    <message>
        <source>The server has a newer version %1.</source>
        <translation>На сервере есть более новая версия %1.</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>lower-case Latin letters, digits and dashes, e.g. vybor-nalogovogo-rezhima</source>
        <translation>строчные латинские буквы, цифры и дефисы, например vybor-nalogovogo-rezhima</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptNodeForm</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Jump to another script</source>
        <translation>Переход в другой сценарий</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Узел:</translation>
    </message>
    <message>
        <source>short name for the path, e.g. «Отрасль»</source>
        <translation>короткое имя для пути, например «Отрасль»</translation>
    </message>
    <message>
        <source>Short &amp;name:</source>
        <translation>Короткое &amp;имя:</translation>
    </message>
    <message>
        <source>what the operator reads out; placeholders such as {{срок}} are filled in</source>
        <translation>что оператор читает вслух; подстановки вроде {{срок}} заполняются</translation>
    </message>
    <message>
        <source>&amp;Text read out:</source>
        <translation>&amp;Текст вслух:</translation>
    </message>
    <message>
        <source>for the operator only: what to check, where a fact comes from</source>
        <translation>только для оператора: что проверить, откуда факт</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>+ &amp;Answer</source>
        <translation>+ &amp;Ответ</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Ответы:</translation>
    </message>
    <message>
        <source>Ne&amp;xt node:</source>
        <translation>&amp;Следующий узел:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation>&amp;Статья:</translation>
    </message>
    <message>
        <source>— the article's —</source>
        <translation>— из статьи —</translation>
    </message>
    <message>
        <source>the article's</source>
        <translation>из статьи</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Срок, &amp;дней:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>empty: the article's agencies</source>
        <translation>пусто — ведомства статьи</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>A&amp;gencies:</source>
        <translation>&amp;Ведомства:</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>&amp;Алгоритм:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Кат&amp;егория:</translation>
    </message>
    <message>
        <source>Go on in the &amp;script:</source>
        <translation>Продолжить в &amp;сценарии:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>%1 (not a node)</source>
        <translation>%1 (узла нет)</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Ответ %1</translation>
    </message>
    <message>
        <source>Where answer %1 leads</source>
        <translation>Куда ведёт ответ %1</translation>
    </message>
    <message>
        <source>Move the answer up</source>
        <translation>Поднять ответ</translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation>Удалить ответ</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptPublishController</name>
    <message>
        <source>The server refused: this account may not edit the knowledge base (it needs the role «Редактор БЗ»). The changes are kept as a draft.</source>
        <translation>Сервер отказал: этой учётной записи нельзя править базу знаний (нужна роль «Редактор БЗ»). Правки сохранены черновиком.</translation>
    </message>
    <message>
        <source>No connection to the server: the changes are kept as a draft on this computer; publish again when the server can be reached.</source>
        <translation>Нет связи с сервером: правки сохранены черновиком на этом компьютере; опубликуйте снова, когда сервер будет доступен.</translation>
    </message>
    <message>
        <source>The script «%1» is not published: the check found problems (listed under the preview). Fix them and publish again.</source>
        <translation>Сценарий «%1» не опубликован: проверка нашла ошибки (они под просмотром). Исправьте их и опубликуйте снова.</translation>
    </message>
    <message>
        <source>Nothing to publish: the script «%1» is as on the server.</source>
        <translation>Публиковать нечего: сценарий «%1» такой же, как на сервере.</translation>
    </message>
    <message>
        <source>No server is configured: the changes are kept as a draft on this computer.</source>
        <translation>Сервер не настроен: правки хранятся черновиком на этом компьютере.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>The script «%1» is published as version %2. The workstations take it in with their next sync.</source>
        <translation>Сценарий «%1» опубликован как версия %2. Рабочие места получат его при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The script «%1» is not published. %2</source>
        <translation>Сценарий «%1» не опубликован. %2</translation>
    </message>
    <message>
        <source>The script «%1» is not published: another editor changed it. Nothing was overwritten.</source>
        <translation>Сценарий «%1» не опубликован: его изменил другой редактор. Ничего не перезаписано.</translation>
    </message>
    <message>
        <source>another editor</source>
        <translation>другой редактор</translation>
    </message>
    <message>
        <source>Publish your script over version %1 by %2? Their change is replaced by your text; it stays in the history and can be restored.</source>
        <translation>Опубликовать Ваш сценарий поверх версии %1 (автор %2)? Его изменение заменится Вашим текстом; оно останется в истории, его можно восстановить.</translation>
    </message>
    <message>
        <source>The other editor's page is not a valid script: it cannot be taken.</source>
        <translation>Страница другого редактора — не правильный сценарий: её нельзя взять.</translation>
    </message>
    <message>
        <source>the other editor's script</source>
        <translation>сценарий другого редактора</translation>
    </message>
    <message>
        <source>The other editor's script is in the editor now; Ctrl+Z brings yours back.</source>
        <translation>В редакторе теперь сценарий другого редактора; Ctrl+Z вернёт Ваш.</translation>
    </message>
    <message>
        <source>The newer script of version %1 was taken from the server.</source>
        <translation>С сервера взят более новый сценарий версии %1.</translation>
    </message>
    <message>
        <source>The server has a newer version %1 by %2: publishing will show what differs.</source>
        <translation>На сервере есть более новая версия %1 (автор: %2): при публикации будет показано, чем она отличается.</translation>
    </message>
    <message>
        <source>no server is configured</source>
        <translation>сервер не настроен</translation>
    </message>
    <message>
        <source>The script «%1» has changes that are not published: publish them or undo them first, then restore.</source>
        <translation>В сценарии «%1» есть неопубликованные изменения: сначала опубликуйте или отмените их, затем восстановите.</translation>
    </message>
    <message>
        <source>Restore version %1 of the script «%2»? It is published again as the newest version for every workstation; the current one stays in the history.</source>
        <translation>Восстановить версию %1 сценария «%2»? Она будет опубликована как новейшая для всех рабочих мест; текущая останется в истории.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Восстановление версии %1</translation>
    </message>
    <message>
        <source>Version %1 is not restored. %2</source>
        <translation>Версия %1 не восстановлена. %2</translation>
    </message>
    <message>
        <source>Another editor changed the script meanwhile: reload the history.</source>
        <translation>Тем временем сценарий изменил другой редактор: обновите историю.</translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation>Версия %1 восстановлена как версия %2.</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptRunnerView</name>
    <message>
        <source>← Back (Backspace)</source>
        <translation>← Назад (Backspace)</translation>
    </message>
    <message>
        <source>From the start (Ctrl+R)</source>
        <translation>Сначала (Ctrl+R)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>The script was changed in the knowledge base and is closed; start it again.</source>
        <translation>Сценарий изменился в базе знаний и закрыт; запустите его снова.</translation>
    </message>
    <message>
        <source>&lt;p style="color:#b02020;"&gt;This result cannot be used: its article or settings are not in the knowledge base. Tell the knowledge-base editor.&lt;/p&gt;</source>
        <translation>&lt;p style="color:#b02020;"&gt;Этот итог нельзя использовать: его статьи или настроек нет в базе знаний. Сообщите редактору базы знаний.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Article: &lt;b&gt;%1&lt;/b&gt; (opened below)</source>
        <translation>Статья: &lt;b&gt;%1&lt;/b&gt; (открыта ниже)</translation>
    </message>
    <message numerus="yes">
        <source>, %n working day(s)</source>
        <translation>
            <numerusform>, %n рабочий день|, %n рабочих дня|, %n рабочих дней</numerusform><numerusform>, %n рабочий день|, %n рабочих дня|, %n рабочих дней</numerusform><numerusform>, %n рабочий день|, %n рабочих дня|, %n рабочих дней</numerusform></translation>
    </message>
    <message>
        <source>Kind: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Вид: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Algorithm: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Алгоритм: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Agencies: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ведомства: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>The appeal form is filled in from this result and the way here is in its description: F8 to check it and file.</source>
        <translation>Форма обращения заполнена по этому итогу, путь записан в описание: F8 — проверить и отправить.</translation>
    </message>
    <message>
        <source>Script: %1 → %2</source>
        <translation>Сценарий: %1 → %2</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>Сценарий: %1</translation>
    </message>
    <message>
        <source>→ script «%1»</source>
        <translation>→ сценарий «%1»</translation>
    </message>
    <message>
        <source>result: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>итог: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The first question&lt;/i&gt;</source>
        <translation>&lt;i&gt;Первый вопрос&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Далее (Enter)</translation>
    </message>
    <message>
        <source>For the operator: %1</source>
        <translation>Для оператора: %1</translation>
    </message>
    <message>
        <source>About this script: %1</source>
        <translation>О сценарии: %1</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptUsageView</name>
    <message>
        <source>Use of the guided scripts</source>
        <translation>Использование сценариев звонка</translation>
    </message>
    <message>
        <source>Script / where it ended</source>
        <translation>Сценарий / где закончился</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущен</translation>
    </message>
    <message>
        <source>Reached a result</source>
        <translation>Дошли до итога</translation>
    </message>
    <message>
        <source>Went on in another script</source>
        <translation>Ушли в другой сценарий</translation>
    </message>
    <message>
        <source>Left without a result</source>
        <translation>Бросили без итога</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Показатели не удалось посчитать: %1</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>итог: %1</translation>
    </message>
    <message>
        <source>left at: %1</source>
        <translation>брошен на шаге: %1</translation>
    </message>
    <message>
        <source>No guided script was run in the selected calls.</source>
        <translation>В выбранных звонках сценарии не запускались.</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) run; each figure counts calls of the selected period and filters.</source>
        <translation>
            <numerusform>Запускался %n сценарий; каждый показатель — число звонков за выбранный период с фильтрами.|Запускалось %n сценария; каждый показатель — число звонков за выбранный период с фильтрами.|Запускалось %n сценариев; каждый показатель — число звонков за выбранный период с фильтрами.</numerusform><numerusform>Запускался %n сценарий; каждый показатель — число звонков за выбранный период с фильтрами.|Запускалось %n сценария; каждый показатель — число звонков за выбранный период с фильтрами.|Запускалось %n сценариев; каждый показатель — число звонков за выбранный период с фильтрами.</numerusform><numerusform>Запускался %n сценарий; каждый показатель — число звонков за выбранный период с фильтрами.|Запускалось %n сценария; каждый показатель — число звонков за выбранный период с фильтрами.|Запускалось %n сценариев; каждый показатель — число звонков за выбранный период с фильтрами.</numerusform></translation>
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
    <message>
        <source>Outbox: could not be read</source>
        <translation>Исходящие: не удалось прочитать</translation>
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
            <numerusform>В кэше записей: %n; последнее изменение получено %1</numerusform>
            <numerusform>В кэше записей: %n; последнее изменение получено %1</numerusform>
            <numerusform>В кэше записей: %n; последнее изменение получено %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cached; never synced</source>
        <translation>
            <numerusform>В кэше записей: %n; синхронизации ещё не было</numerusform>
            <numerusform>В кэше записей: %n; синхронизации ещё не было</numerusform>
            <numerusform>В кэше записей: %n; синхронизации ещё не было</numerusform>
        </translation>
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
    <message>
        <source>Scripts</source>
        <translation>Сценарии</translation>
    </message>
</context>
<context>
    <name>hotline::ui::SynonymsPage</name>
    <message>
        <source>Find a word in the groups</source>
        <translation>Найти слово в группах</translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation>Группы синонимов</translation>
    </message>
    <message>
        <source>&amp;Groups (F2 edits a group; separate the words and phrases with ";"):</source>
        <translation>&amp;Группы (F2 — править группу; слова и выражения разделяйте «;»):</translation>
    </message>
    <message>
        <source>&amp;New group (Insert)</source>
        <translation>Доб&amp;авить группу (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove group (Del)</source>
        <translation>&amp;Удалить группу (Del)</translation>
    </message>
</context>
</TS>