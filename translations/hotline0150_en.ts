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
    <name>CallLogCache</name>
    <message>
        <source>The local call-log cache could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
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
    <name>IssuePlanner</name>
    <message>
        <source>The server has no tracker «%1». Ask the administrator to run provision.rb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbCommand</name>
    <message>
        <source>Usage: hotline-cli kb check|search|stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories.json: categories without articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2 articles loaded, %3 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: check [DIR], search &quot;QUERY&quot;, stats.</source>
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
</context>
<context>
    <name>KbRepository</name>
    <message>
        <source>No articles could be loaded from %1.</source>
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
        <source>The server did not answer in time. The appeal stays in the outbox and is sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses connections (it may be down). The appeal stays in the outbox and is sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name cannot be resolved. Check the server address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering. The appeal is checked on the server before it is sent again.</source>
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
        <source>The Redmine server failed (HTTP %1). The appeal is sent again later.</source>
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
    <name>SearchIndex</name>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite has no FTS5 full-text search.</source>
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
        <source>The area or operator code cannot start with 0, 1 or 2: check the number.</source>
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
    <name>hotline::cli</name>
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
    <name>hotline::itemmodels::CategoryTreeModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
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
</context>
<context>
    <name>hotline::kb</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the search index (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kb::ArticleParser</name>
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
</context>
<context>
    <name>hotline::kb::KnowledgeBase</name>
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
        <source>the agency &quot;%1&quot; no longer exists; use &quot;%2&quot;</source>
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
</context>
<context>
    <name>hotline::kb::MetaParser</name>
    <message>
        <source>the metadata has no &quot;%1&quot; (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata has no &quot;%1&quot; (a non-empty list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kb::SearchIndex</name>
    <message>
        <source>The search index %1 does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbsync</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::kbsync::WikiPublisher</name>
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
    <name>hotline::kbsync::WikiSync</name>
    <message>
        <source>Cannot copy the shipped knowledge base into %1.</source>
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
        <source>O&amp;GRN / OGRNIP</source>
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
        <source>Computed deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
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
        <source>Problem/complaint</source>
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
        <source>Last change</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
