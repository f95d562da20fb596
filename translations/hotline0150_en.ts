<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountService</name>
    <message>
        <source>The server&apos;s answer has no user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no API key. Ask the administrator to enable the REST API (provision.rb does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server first: the supervisor mode follows your Redmine roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor mode is only for users with the «%1» role in Redmine. Ask the administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddArticleCommand</name>
    <message>
        <source>new article «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealFormData</name>
    <message>
        <source>Enter the organisation or the sole trader&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who to answer: the caller&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the municipality: the appeal involves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one agency that will work on the appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the caller&apos;s question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealKind</name>
    <message>
        <source>Simple consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the municipality (OMSU)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealStatus</name>
    <message>
        <source>not assigned yet (with the moderator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, waiting for the moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the moderator, who passes it to the executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executor is working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is being checked by the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the answer is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 — done in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 — done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 — on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is connected: the appeal&apos;s status can be read only from Redmine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redmine does not show appeal #%1 to your account. Ask the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appeal #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <source>The article does not start with a ```json metadata block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ```json metadata block is not closed with ```.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata block is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleEditCommand</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be assigned after registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer script — read it to the caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how to apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hotline 0150 of the Moscow Oblast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>the metadata has no &quot;%1&quot; (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata has no &quot;%1&quot; (a non-empty list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes: an article must be short enough to read out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article must start with a ```json metadata block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ```json metadata block is not closed with ```</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad JSON in the metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may hold lower-case Latin letters, digits and dashes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; differs from the file name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: use simple, complex, task or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot;: use single, multi or omsu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;updated&quot; must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs &quot;days&quot; from 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complaint needs a &quot;roadmap&quot; of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a roadmap step needs &quot;step&quot;, &quot;role&quot; (moderation, execution, control) and &quot;days&quot; ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap step &quot;%1&quot; is due before the step before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has no &quot;## Скрипт ответа&quot; section to read out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder {{%1}} is outside &quot;## Скрипт ответа&quot;: only the answer script is filled in, write the words here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer script has %1 words, more than %2: it cannot be read out in under a minute; move details to &quot;## Для оператора&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePreview</name>
    <message>
        <source>The operators&apos; window could not show this article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLogCache</name>
    <message>
        <source>The local call-log cache could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call log data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLogSync</name>
    <message>
        <source>A sync of the call log is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <source>categories.json:%1: bad JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories.json has no &quot;categories&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories.json: &quot;%1&quot; is nested deeper than two levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; may hold lower-case Latin letters, digits and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category with the id &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the category&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcategories can be added to top categories only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a title: the operators find it by its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot be moved into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories have two levels: move it under a top category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has subcategories: it must stay a top category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles are filed under &quot;%1&quot;: it must stay a subcategory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has subcategories: move or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles are filed under &quot;%1&quot;: move them to another category first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles are filed under categories that are not subcategories: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation type="unfinished"></translation>
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
  -h, --help     this help; COMMAND --help for a command&apos;s options
  -v, --version  the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 readable by this user only: the callers&apos; data would be open to other users of this computer. Check the folder&apos;s owner and file system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>Computes the registration day and the deadlines of an appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of appeal: simple, complex, task, complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to resolve (task, complaint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call start, e.g. 2026-11-23T16:30 (Moscow time unless an offset is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of simple, complex, task, complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at is required, e.g. --at 2026-11-23T16:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --at &quot;%1&quot;: use YYYY-MM-DDTHH:MM[:SS][+HH:MM].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the production calendar for %1 is not loaded; Monday to Friday are taken as working days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>The deadline policy file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deadline policy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>Registration day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resolution by %1 (%n working day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production calendar for %1 is not loaded: deadlines assume Monday to Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production calendar for %1 is provisional: check deadlines near holidays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffHtml</name>
    <message>
        <source>The texts are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>All appeals of the line are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own appeals may have been checked: your Redmine roles do not show the line&apos;s appeals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueHistory</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server: the history as saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server: the Redmine history of this appeal is shown once you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to Redmine (%1): the history as saved on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to Redmine (%1): the history of this appeal will be shown when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redmine refused the history (%1): the history as saved on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redmine refused the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuePlanner</name>
    <message>
        <source>The server has no tracker «%1». Ask the administrator to run provision.rb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbChecker</name>
    <message>
        <source>Subcategories without articles (operators see them empty): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to kb:%1 leads to an article that is not published yet: publish it first, or the operators get a broken link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbCommand</name>
    <message>
        <source>categories.json: categories without articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many results (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the full-text query too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hotline-cli kb search &quot;QUERY&quot; [--limit N] [--category ID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2 articles loaded, %3 problems, %4 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: check [DIR], search &quot;QUERY&quot;, stats, eval DIR|FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: warnings fail too (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hotline-cli kb check|search|stats|eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hotline-cli kb eval DIR|FILE… [--json] [--kb DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exact match; partial matches:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbDataPage</name>
    <message>
        <source>The page has no ```json block with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbEvalCommand</name>
    <message>
        <source>No .tsv query files in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: expected &quot;query&lt;TAB&gt;article id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queries: hit@1 %2 (%3 %), hit@3 %4 (%5 %), no result %6, only a partial match %7, expected article missing %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbIssue</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbRepository</name>
    <message>
        <source>No articles could be loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbSyncCommand</name>
    <message>
        <source>No articles could be loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles published, %2 unchanged, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The knowledge base stays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles updated, %2 removed, %3 pages skipped; knowledge base: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kb publish DIR: upload the articles of DIR to the knowledge-base wiki.
kb sync: bring this workstation&apos;s knowledge base in step with the wiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment of the published versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of kb_data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hotline-cli kb publish DIR [--comment TEXT] | hotline-cli kb sync [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbUsageCommand</name>
    <message>
        <source>%1 published (version %2): %3 calls, %4 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kb usage: how often operators open each article after a search, from the call log of this workstation (the supervisor&apos;s synced log and its own calls), as usage.json.
With --publish it becomes the wiki page Kb_usage that every workstation&apos;s search uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it as the page Kb_usage (needs the KB editor role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after which an open counts half (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment of the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage recomputed from the call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--half-life must be a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call log on this workstation (%1): open the supervisor&apos;s call log and sync it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not logged in to the server: log in to send appeals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied: the API key cannot be read or saved. Appeals stay in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The app works, but appeals cannot be sent until a keychain (GNOME Keyring or KWallet) is running and unlocked; they wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;: use a subcategory id from categories.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article of category &quot;%1&quot; must lie in articles/%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot; (see reference/agencies.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken link to kb:%1: no such article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency &quot;%1&quot; no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency &quot;%1&quot; no longer exists; its successor is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency &quot;%1&quot; is marked uncertain in the reference: check that it still does this work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency &quot;%1&quot; is marked uncertain in the reference: check that it still does this work; its likely successor is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main article &quot;%1&quot; of &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main article &quot;%1&quot; of &quot;%2&quot; is in the category &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The knowledge base could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline rules could not be loaded (%1): built-in defaults and Monday to Friday are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference lists could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local outbox could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Appeals cannot be filed on this computer until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>No server configured: run hotline-cli login, or set HOTLINE_REDMINE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed %1, failed %2, waiting %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local outbox of appeals: list shows every entry (JSON lines), send delivers everything due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox database (default: the workstation&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hotline-cli outbox list|send [--db PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in to the Redmine server: the password is read from standard input, the personal API key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address (https://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redmine login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hotline-cli login --url URL --user LOGIN [--ca-file FILE] &lt; password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The local outbox could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored addition to an appeal could not be read (the local outbox is damaged at this entry): it cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored call record could not be read (the local outbox is damaged at this entry): it cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored appeal could not be read (the local outbox is damaged at this entry): it cannot be sent. File it again from the caller&apos;s details if you have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local outbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishFlow</name>
    <message>
        <source>Another editor changed the article. Nothing was overwritten: compare the texts and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the change in a comment before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of version %1 from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has changes that are not published. Publish them or go back to the published text first, then restore the old version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedmineClient</name>
    <message>
        <source>The server&apos;s certificate has expired. Ask the server administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check the date and time of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not from a trusted authority. If your region uses its own certificate authority, choose its certificate file in the login dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name cannot be resolved. Check the server address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (HTTP %1, not JSON). Is the address really a Redmine server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the login, password or API key. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Redmine account is not allowed to do this. Ask the Redmine administrator for the right role in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server (HTTP 404). Check the server address and that the project is provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed on the server at the same time (HTTP 409). Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redmine refused the data (HTTP 422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redmine refused the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirects elsewhere (HTTP %1). Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses connections (it may be down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redmine server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedmineSchema</name>
    <message>
        <source>The server&apos;s project «%1» is not set up for the line (trackers or the client UUID field are missing). Ask the administrator to run provision.rb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptChecker</name>
    <message>
        <source>node &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must equal the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is also an article&apos;s id: give the script its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;: use a subcategory id from categories.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used by another node of the script too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start node &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to &quot;%2&quot;, which is not a node of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong to a node of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to read out is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dead end: the question has no answers (only a result may end a script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers: at most %2 (the number keys 1–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dead end: the information has no &quot;next&quot; (only a result may end a script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dead end: the jump names no script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jumps to the script &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown article &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result neither opens an article nor sets the kind of appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (simple, complex, task or complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot; (single, multi or omsu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;agencies&quot; is an empty list (leave it out to take the article&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot; (see reference/agencies.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency &quot;%1&quot; no longer exists; use &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result sets a task without &quot;days&quot; (2–5 working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task takes 2–5 working days, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;days&quot; is only for a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complaint is worked by the roadmap of a complaint article: name one in &quot;article&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: no path from the start &quot;%1&quot; leads here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loop: %1 (a script must always move on towards a result)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptFormat</name>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; (a non-empty list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is an empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id may hold only lower-case Latin letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown type &quot;%2&quot; (question, info, result or jump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;answers&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, answer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;days&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may hold only lower-case Latin letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;updated&quot; must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has no &quot;nodes&quot; (a non-empty list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <source>The page has no ```json block with the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the script&apos;s id is &quot;%2&quot;, the page is for &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPublishFlow</name>
    <message>
        <source>There is no script &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the change in a comment before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another editor changed the script. Nothing was overwritten: compare the texts and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of version %1 from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has changes that are not published. Publish them or go back to the published text first, then restore the old version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not a valid script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>There is no script «%1» in the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script «%1» has no step «%2»: tell the knowledge-base editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script «%1» jumps in a circle: tell the knowledge-base editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script «%1» goes on in «%2», which is not in the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not go on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite has no FTS5 full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the search index (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 was built by another version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SynonymSet</name>
    <message>
        <source>synonyms.json:%1: bad JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonyms.json has no &quot;groups&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a term cannot hold a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group needs at least two different words or phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also in group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>usage.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format (expected &quot;format&quot;: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;computed&quot; must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article id with a count ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query &quot;%1&quot; needs an object of counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Checks an INN, OGRN, OGRNIP, phone number or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hotline-cli validate inn|ogrn|ogrnip|phone|email VALUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Enter the INN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INN may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INN check digit does not match: check the digits with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INN check digits do not match: check the digits with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INN has 10 digits (organisation) or 12 digits (sole trader or person); %1 entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OGRN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OGRN may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OGRN has 13 digits; %1 entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OGRN starts with 1 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OGRN check digit does not match: check the digits with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OGRNIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OGRNIP may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OGRNIP has 15 digits; %1 entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OGRNIP starts with 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OGRNIP check digit does not match: check the digits with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OGRN has 13 digits and an OGRNIP 15; %1 entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may contain digits, spaces, brackets and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Russian numbers (+7) are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Russian phone number has 10 digits after +7 or 8; %1 entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address needs one @, as in name@example.ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ is not a valid mailbox name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after @ is not a valid domain, as in example.ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a number in Kazakhstan (+7 6… or +7 7…): only Russian numbers are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Russian number with the code %1: check the number with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WikiPublisher</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no wiki page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the article&apos;s id is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the change in a comment before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another editor changed the article. Nothing was overwritten: compare the texts and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WikiSync</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the shipped knowledge base into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The production calendar file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the production calendar %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::app::SingleInstance</name>
    <message>
        <source>Another start of the workstation cannot reach this one (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::calllog::CallLogTableModel</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::itemmodels::CategoryTreeModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Script: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::itemmodels::OutboxModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addition to appeal #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addition to an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged entry no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::itemmodels::SearchResultsModel</name>
    <message>
        <source>▶ Script: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::ArticleListModel</name>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::CategoryEditModel</name>
    <message numerus="yes">
        <source>%1 (id %2): %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::KbEditor</name>
    <message>
        <source>Enter the article&apos;s title: operators find it by the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; may hold lower-case Latin letters, digits and dashes only (it becomes the name of the wiki page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article with the id &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subcategory for the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new category «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming «%1» to «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the first category already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the last category already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of synonym group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new synonym group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the group «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::KbWorkspace</name>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::ScriptEditor</name>
    <message>
        <source>script title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script update date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the node «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no node «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node id may hold only lower-case Latin letters, digits and single dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script already has a node «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming of the node «%1» to «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no script «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new node «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of the node «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move of the node «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of answer %1 of «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new answer of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of answer %1 of «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move of answer %1 of «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script id may hold only lower-case Latin letters, digits and single dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id «%1» is taken by a script or an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the script a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new script «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::ScriptWorkspace</name>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbedit::SynonymsModel</name>
    <message>
        <source>Separate the words and phrases with &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and phrases that mean the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::net::RedmineClient</name>
    <message>
        <source>The server address is not valid. Enter it as https://redmine.example.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is not allowed: API keys and callers&apos; data would travel unencrypted. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured. Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to the server. Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::outbox::CallRecorder</name>
    <message>
        <source>Old call records could not be deleted from this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not recorded on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::outbox::OutboxSender</name>
    <message>
        <source>The access key is no longer valid — log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused: the outbox could not record a delivery attempt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal stays in the outbox and is sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call record stays in the outbox and is sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addition to the appeal stays in the outbox and is sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal stays in the outbox and is checked on the server before it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call record stays in the outbox and is checked on the server before it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addition to the appeal stays in the outbox and is checked on the server before it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::phone::BaresipLink</name>
    <message>
        <source>The softphone closed the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No softphone is set up on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone control address «%1» is not valid: write it as 127.0.0.1:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone control address «%1» is refused: baresip&apos;s control port has no password and must listen on this computer only (127.0.0.1 or ::1), never on a network address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the softphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone does not answer on %1:%2 (%3). Is baresip running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone is not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the call on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::phone::CallerAppealsModel</name>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::phone::CallerHistory</name>
    <message>
        <source>Not filed: waits for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed to Redmine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is connected: only this workstation&apos;s data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::phone::MissedCallsModel</name>
    <message>
        <source>hidden number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::phone::PhoneDesk</name>
    <message>
        <source>Phone: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No softphone is set up on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone is not connected: call the number from the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the current call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no number to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call from %1 came in while the previous call is not filed: file or discard it, then start the call (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hidden number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous call was not filed: it is recorded as a call without an appeal. The appeal form keeps what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up. The call is kept for filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone stopped during the call. The call is kept for filing; the phone reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone stopped while a call was ringing: it is listed as missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::AdminWindow</name>
    <message>
        <source>Line 0150 — knowledge base editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base in %1 could not be opened for editing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts NOT saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts could not be saved: %1. Keep the window open; it tries again with the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article draft(s) from earlier are back; the list shows them in bold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;diting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save drafts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts are saved on this computer. The check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the published text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish the categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish the synonyms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish the article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new article has no published text: Ctrl+Z undoes creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the published text of «%1» back in the editor? Your changes go away from the editor (Ctrl+Z brings them back while the window is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the published text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors in the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the knowledge base</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The drafts could not be saved (%1). Close anyway and lose the unpublished changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are not published. They are kept as drafts on this computer and are here when you open the editor again. Close the editor?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;ripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish the script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New script…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::AgencyDialog</name>
    <message>
        <source>Agencies of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find an agency (name, short name or id), Space ticks it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— abolished, use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not in the reference list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::AppealForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo&amp;rking days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to resolve the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 or 15 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN or OGRNIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lgorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered during the call (file it closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the appeal in the outbox (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form? What was typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filed: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filed: the local outbox could not be opened. Write the appeal down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed to the outbox: «%1», due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;GRN(IP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ArticleEditor</name>
    <message>
        <source>&amp;Text (Markdown: the sections «## …», lists «- …», **bold**, [title](kb:article-id)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview — as the operator sees it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article in the list on the left (Ctrl+L), or create one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New article&lt;/b&gt;, not on the server yet — kept as a draft on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; based on version %1 — kept on this computer until published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; based on the shipped text — kept on this computer until published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shipped with the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ArticleListPanel</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stale: not updated for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never opened by &amp;operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanged here only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: title, id, keywords (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months without an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the call log of this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles no operator of this workstation has opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ArticleView</name>
    <message>
        <source>Find an article with the search field above (Ctrl+F) or in the category tree, then press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text for the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the title, documents, where to apply and the deadline for an e-mail or SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File an &amp;appeal (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and where to apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::CallDetailView</name>
    <message>
        <source>%1 (nothing found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (found: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB articles opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history from Redmine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History in Redmine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since it was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::CallPanel</name>
    <message>
        <source>&amp;Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling time against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous call has not been filed. Discard it and start a new call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this call? It will be recorded as a call without an appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended: file an appeal or discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On hold: %1 (%n time(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Until the %1 cut-off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the %1 cut-off or a day off: new calls register on the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, call started at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, if the call started now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing: %1 — F5 answers, F7 refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::CallerCard</name>
    <message>
        <source>Earlier appeals of the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal &amp;No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number the caller names (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal as the caller should hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected appeal&apos;s status from Redmine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd to the appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the caller&apos;s new information to the selected appeal as a note (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the appeal form with the caller&apos;s phone and INN (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Type the appeal&apos;s number (digits only) and press Enter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls from this number on this workstation in 90 days: %1 (missed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number or INN yet: the card fills in when the caller is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this workstation&apos;s data is shown: no server is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s data; asking Redmine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this workstation&apos;s data is shown: Redmine did not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals from Redmine and this workstation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading appeal №%1 from Redmine…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Appeal №%1&lt;/b&gt; — %2, of %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Appeal not sent yet&lt;/b&gt; — %1, of %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deadline:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Enter: the whole status from Redmine.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Executor now:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roadmap step:&lt;/b&gt; %1 — %2 (%3 of %4 done)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roadmap:&lt;/b&gt; all %1 steps done&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deadline:&lt;/b&gt; &lt;span style=&apos;%1&apos;&gt;%2&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last answer&lt;/b&gt; (%1, %2):&lt;/p&gt;&lt;blockquote&gt;%3&lt;/blockquote&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last answer:&lt;/b&gt; none yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;top category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;subcategory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;under…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &amp;tree as the operators see it (drag to move, F2 renames):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits and dashes; articles refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New top category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the top category the subcategory goes under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subcategory of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subcategory to move under another top category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top category:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ConflictDialog</name>
    <message>
        <source>Another editor changed the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: another editor changed the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were editing, %1 saved version %2 (%3, comment: «%4»). Nothing was overwritten and your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on the server (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;my text over version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the server&apos;s text (yours stays one Ctrl+Z away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close, decide later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::DashboardView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;average handling:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;median:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;simple consultations closed on the call:&lt;/b&gt; %4 (%5 of %6)&lt;br&gt;&lt;b&gt;Deadlines:&lt;/b&gt; met %7, missed %8, due today %9, overdue %10, in time %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used KB articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures of the filtered calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed calls:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;answered within %2 s:&lt;/b&gt; %3 (%4 of %5 with a known ringing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::DraftKeeper</name>
    <message>
        <source>The draft of the appeal cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft of the appeal is not saved: it cannot be made readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::DuplicateHint</name>
    <message>
        <source>Checked on this workstation only: no server is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Redmine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on this workstation only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open appeal with this INN from the last %1 days: &lt;b&gt;№%2&lt;/b&gt; of %3 «%4» (%5). &lt;a href=&quot;note:%2&quot;&gt;Add to it&lt;/a&gt; instead of filing a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal with this INN was filed on this workstation on %1 and is not sent yet: «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open appeals with this INN: %1 in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::HistoryView</name>
    <message>
        <source>&amp;Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare the chosen version with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current version on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my text in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions are read from the server when this tab is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the versions from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is not on the server yet: it has no versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) on the server, the newest first. Choose one to see what differs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the current version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::LoginDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the Redmine server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the server&apos;s certificate is from a regional CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, your login and your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::MainWindow</name>
    <message>
        <source>Hotline 0150</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text for the caller is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is stored in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished appeal of the previous session was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text for the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article «%1» is not in the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor: call log and dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base &amp;editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base was updated; the open article has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base was updated; the open article was removed from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The knowledge base was updated (%n article(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Knowledge base sync: %n page(s) with errors were skipped, the previous text stays.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::MetadataForm</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task: working days to resolve, 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words callers use, colloquial ones and abbreviations too; separate them with &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One act per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key&amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roadmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such category)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::MissedCallsView</name>
    <message>
        <source>Missed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call back (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missed calls in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller leaves the list once a call with them is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed calls (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ModeWindows</name>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::NavigatorPanel</name>
    <message>
        <source>Categories of the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found: %n (Enter opens the first, ↑↓ choose)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words or browse the categories (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No exact match. Similar articles: %n — check that they fit (Enter opens the first)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching further…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::NewArticleDialog</name>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits and dashes; it becomes the name of the wiki page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::NoteDialog</name>
    <message>
        <source>Add to appeal №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal №%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the caller adds (it goes to the appeal&apos;s history in Redmine; the executor sees it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addition to the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals stored on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local outbox could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1. Failed: %2. Appeals are kept here until the server has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appeal has not reached the server. Delete it for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this appeal from the local list? It stays in Redmine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::PhoneUi</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal by &amp;number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local outbox could not be opened: the addition cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addition to appeal №%1 is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addition was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ProblemList</name>
    <message>
        <source>Problems found by the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check: no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check: %1, %2 — Enter on a problem goes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::PublishController</name>
    <message>
        <source>The server refused: this account may not edit the knowledge base (it needs the role «Редактор БЗ»). The changes are kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server: the changes are kept as a draft on this computer; publish again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not published: the check found problems (listed next to the editor). Fix them and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish: «%1» is as on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured: the changes are kept as a draft on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other editor&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not published: the check found problems (listed on the page). Fix them and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other editor&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other editor&apos;s synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is published as version %2. The workstations take it in with their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not published. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not published: another editor changed it. Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish your text over version %1 by %2? Their change is replaced by your text; it stays in the history and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other editor&apos;s text is in the editor now; Ctrl+Z brings your text back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer text of version %1 was taken from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a newer version %1 by %2: publishing will show what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has changes that are not published: publish them or go back to the published text first (File menu), then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1 of «%2»? It is published again as the newest version for every workstation; the current text stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not restored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another editor changed the article meanwhile: reload the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured: editing works, the changes are kept as drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server: the list shows which articles are newer there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::PublishDialog</name>
    <message>
        <source>Publish to the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing «%1» for every workstation of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes against the version on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;comment (required, other editors see it in the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why, e.g. «new deadline from the ministry&apos;s letter»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set «&amp;Updated» to today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the change in a comment: without it the page is not published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::RoadmapEditor</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day from the complaint&apos;s registration day by which the step is due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptController</name>
    <message>
        <source>Script started: number keys answer, Backspace goes back, Esc closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script «%1»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— on in the script «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result of the script cannot fill the form: tell the knowledge-base editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal form is filled in from the script&apos;s result (F8 to check and file it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptEditorPage</name>
    <message>
        <source>Scri&amp;pts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script &amp;fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preview from the start (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;odes (the start first in the path; Alt+↑/↓ moves):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words callers use, separated by «;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one source per line: acts, official pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes for operators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a script on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new script, not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, not published (a draft on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As published (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shipped with the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a newer version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case Latin letters, digits and dashes, e.g. vybor-nalogovogo-rezhima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptNodeForm</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to another script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short name for the path, e.g. «Отрасль»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the operator reads out; placeholders such as {{срок}} are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text read out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the operator only: what to check, where a fact comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the article&apos;s —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the article&apos;s agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on in the &amp;script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where answer %1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the answer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptPublishController</name>
    <message>
        <source>The server refused: this account may not edit the knowledge base (it needs the role «Редактор БЗ»). The changes are kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server: the changes are kept as a draft on this computer; publish again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script «%1» is not published: the check found problems (listed under the preview). Fix them and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish: the script «%1» is as on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured: the changes are kept as a draft on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script «%1» is published as version %2. The workstations take it in with their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script «%1» is not published. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script «%1» is not published: another editor changed it. Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish your script over version %1 by %2? Their change is replaced by your text; it stays in the history and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other editor&apos;s page is not a valid script: it cannot be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other editor&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other editor&apos;s script is in the editor now; Ctrl+Z brings yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer script of version %1 was taken from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a newer version %1 by %2: publishing will show what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script «%1» has changes that are not published: publish them or undo them first, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1 of the script «%2»? It is published again as the newest version for every workstation; the current one stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not restored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another editor changed the script meanwhile: reload the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptRunnerView</name>
    <message>
        <source>← Back (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the start (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script was changed in the knowledge base and is closed; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b02020;&quot;&gt;This result cannot be used: its article or settings are not in the knowledge base. Tell the knowledge-base editor.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: &lt;b&gt;%1&lt;/b&gt; (opened below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kind: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal form is filled in from this result and the way here is in its description: F8 to check it and file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ script «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;The first question&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this script: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScriptUsageView</name>
    <message>
        <source>Use of the guided scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script / where it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went on in another script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guided script was run in the selected calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) run; each figure counts calls of the selected period and filters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::SearchField</name>
    <message>
        <source>Search the knowledge base: words, abbreviations, typos are fine (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::ServerSession</name>
    <message>
        <source>Server: connected, last appeal filed as #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in: appeals wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::StatusIndicators</name>
    <message>
        <source>Open the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::SupervisorWindow</name>
    <message>
        <source>Line 0150 — supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with Redmine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dashboard PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or late only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: subject, operator, article, number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cached; last change received %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cached; never synced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 new or changed of %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::SynonymsPage</name>
    <message>
        <source>Find a word in the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups (F2 edits a group; separate the words and phrases with &quot;;&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove group (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
