<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>CliMain</name>
    <message>
        <source>Usage: hotline-cli COMMAND [options]

Commands:
  deadline   registration day and deadlines of an appeal
  validate   check an INN, OGRN, OGRNIP, phone number or e-mail
  kb         knowledge base: check, search, stats

Options:
  -h, --help     this help; COMMAND --help for a command&apos;s options
  -v, --version  the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
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
    <name>KbCommand</name>
    <message>
        <source>Usage: hotline-cli kb check|search|stats</source>
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
    <name>hotline::ui::MainWindow</name>
    <message>
        <source>Hotline 0150</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator workstation of the business hotline 0150</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
