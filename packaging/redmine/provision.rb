# frozen_string_literal: true
#
# Линия 0150 — provisioning of a Redmine 5.0 server (Debian 12: redmine 5.0.4).
#
# Run inside the Redmine directory, after `rake db:migrate` (and, optionally,
# `REDMINE_LANG=ru rake redmine:load_default_data`), in its own process:
#
#   cd /usr/share/redmine && RAILS_ENV=production BUNDLER_VERSION=2.3.15 \
#     bundle exec rails runner /path/to/packaging/redmine/provision.rb
#
# Reference data (agencies, municipalities, channels, kinds) is read from the
# project's kb_data/ directory: $HOTLINE_KB_DATA, else ../../kb_data next to this
# script, else /usr/share/hotline0150/kb_data.
#
# Idempotent and additive: everything is found by name (or identifier) and created
# when missing; scalar attributes are compared and only then updated; permissions,
# workflow transitions, list values, tracker/project links and memberships are only
# ever added, never removed (so an admin's additions and values used by existing
# issues survive a re-run). Prints "created N, updated M, unchanged K" and a line
# "PROVISION_IDS {json}" with the ids of everything it manages.

require 'json'
require 'set'

# ---------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------
KB_DATA = [
  ENV['HOTLINE_KB_DATA'],
  File.expand_path('../../kb_data', __dir__),
  '/usr/share/hotline0150/kb_data'
].compact.find {|d| File.file?(File.join(d, 'reference', 'agencies.json'))}
abort 'provision: kb_data not found (set HOTLINE_KB_DATA to the kb_data directory)' unless KB_DATA

def read_reference(name)
  JSON.parse(File.read(File.join(KB_DATA, 'reference', name), encoding: 'UTF-8'))
end

CHANNELS       = read_reference('channels.json').fetch('channels').map {|c| c.fetch('name')}
KINDS_JSON     = read_reference('kinds.json')
ALGORITHMS     = KINDS_JSON.fetch('algorithms').map {|a| a.fetch('name')}
APPEAL_KINDS   = KINDS_JSON.fetch('kinds').map {|k| k.fetch('name')}
MUNICIPALITIES = read_reference('municipalities.json').fetch('municipalities').map {|m| m.fetch('name')}
# An abolished body gets no group (its successor does the work); an "uncertain" one still does, as the
# workstation still offers it (models/domain/ReferenceData: only "abolished" is inactive).
AGENCIES       = read_reference('agencies.json').fetch('agencies').
                   reject {|a| a.fetch('status', 'active') == 'abolished'}.map {|a| a.fetch('name')}
# Values of "Ведомства" that are not a Redmine group (no body to assign a subtask to).
EXTRA_AGENCY_VALUES = ['Другое ведомство'].freeze
AGENCY_VALUES  = (AGENCIES + EXTRA_AGENCY_VALUES).uniq

# ---------------------------------------------------------------------------
# What the server should look like
# ---------------------------------------------------------------------------
APPEALS_PROJECT = {identifier: 'hotline0150', name: 'Обращения бизнеса 0150',
                   description: 'Обращения бизнеса, поступившие на линию 0150 и по другим каналам.',
                   modules: %w[issue_tracking time_tracking calendar gantt]}.freeze
KB_PROJECT      = {identifier: 'kb0150', name: 'База знаний 0150',
                   description: 'База знаний операторов линии 0150 (публикуется из kb_data).',
                   modules: %w[wiki]}.freeze
KB_START_PAGE   = 'Wiki'

# [name, is_closed] in display order
STATUSES = [
  ['Новая', false], ['На модерации', false], ['В работе', false], ['На контроле', false],
  ['Решена', false], ['Закрыта', true], ['Отклонена', true]
].freeze
DEFAULT_STATUS = 'Новая'

CALL_TRACKER = 'Звонок'
STEP_TRACKER = 'Шаг дорожной карты'
TRACKERS = (APPEAL_KINDS + [CALL_TRACKER, STEP_TRACKER]).freeze
TRACKER_DESCRIPTIONS = {
  'Простая консультация' => 'Ответ по базе знаний; срок 1 рабочий день.',
  'Сложная консультация' => 'Первый ответ в день регистрации, решение за 2 рабочих дня.',
  'Задача' => 'Стандартный алгоритм; 2–5 рабочих дней по статье базы знаний.',
  'Проблема/жалоба' => 'Дорожная карта контролируемых шагов (Штаб по защите бизнеса).',
  CALL_TRACKER => 'Запись о звонке на линию 0150 (для статистики линии).',
  STEP_TRACKER => 'Шаг дорожной карты жалобы (подзадача со своим сроком).'
}.freeze
CLOSABLE_ON_CREATE = ['Простая консультация', CALL_TRACKER].freeze

ROLE_OPERATOR   = 'Оператор 0150'
ROLE_OPERATOR_CALLS = 'Оператор 0150 (свои звонки)'
ROLE_SUPERVISOR = 'Супервизор'
ROLE_EDITOR     = 'Редактор БЗ'
ROLE_EXECUTOR   = 'Исполнитель'
ROLE_CONTROLLER = 'Контролёр'

ROLES = {
  # Files appeals and call records (subtasks for several agencies / ОМСУ need manage_subtasks). Sees the line's
  # appeals ('all', but view_issues only for the appeal trackers: TRACKER_PERMISSIONS), because callers ask about
  # appeals a colleague filed; never the call records. Edits its own issues (edit_own_issues) so the workstation
  # can put a call's final figures onto the appeal filed during it; adds notes to the line's appeals
  # («Дополнить обращение»).
  ROLE_OPERATOR => {issues_visibility: 'all', assignable: false,
                    permissions: %i[view_issues add_issues edit_own_issues add_issue_notes manage_subtasks
                                    view_issue_watchers view_wiki_pages]},
  # Given with ROLE_OPERATOR (provisioning adds it to every operator membership): the operator's own call
  # records, which the workstation looks up by UUID before filing one again after a failure.
  ROLE_OPERATOR_CALLS => {issues_visibility: 'own', assignable: false, permissions: %i[view_issues]},
  # Reviews the whole line: all issues, time, history of the knowledge base.
  ROLE_SUPERVISOR => {issues_visibility: 'all', assignable: false,
                      permissions: %i[view_issues add_issue_notes view_private_notes view_issue_watchers
                                      save_queries view_time_entries view_calendar view_gantt
                                      view_wiki_pages view_wiki_edits export_wiki_pages]},
  # Keeps the knowledge base (wiki of kb0150).
  ROLE_EDITOR => {issues_visibility: 'default', assignable: false,
                  permissions: %i[view_wiki_pages view_wiki_edits export_wiki_pages edit_wiki_pages
                                  rename_wiki_pages delete_wiki_pages delete_wiki_pages_attachments]},
  # Agency / municipality specialist: sees what is assigned to them or their group.
  ROLE_EXECUTOR => {issues_visibility: 'own', assignable: true,
                    permissions: %i[view_issues edit_issues add_issue_notes view_issue_watchers
                                    log_time view_time_entries view_wiki_pages]},
  # Deputy minister / deputy head: controls execution and the roadmap steps.
  ROLE_CONTROLLER => {issues_visibility: 'all', assignable: true,
                      permissions: %i[view_issues add_issues edit_issues add_issue_notes manage_subtasks
                                      manage_issue_relations view_private_notes view_issue_watchers
                                      add_issue_watchers view_time_entries view_calendar view_gantt
                                      view_wiki_pages]}
}.freeze

# Per-tracker permissions (Redmine's Role#set_permission_trackers): role => {permission => trackers}. Unlike
# the rest, these are set to exactly this list on every run: they are what keeps operators out of each other's
# call records.
TRACKER_PERMISSIONS = {
  ROLE_OPERATOR => {view_issues: APPEAL_KINDS + [STEP_TRACKER], add_issue_notes: APPEAL_KINDS + [STEP_TRACKER]},
  ROLE_OPERATOR_CALLS => {view_issues: [CALL_TRACKER]}
}.freeze

# Workflow transitions: role => {old status (nil = issue creation) => [new statuses]}.
# Redmine 5 stores "new issue" transitions as rows with old_status_id = 0.
ALL_STATUS_NAMES = STATUSES.map(&:first).freeze
FULL_MATRIX = ([nil] + ALL_STATUS_NAMES).to_h do |from|
  [from, from.nil? ? ['Новая', 'На модерации', 'В работе'] : ALL_STATUS_NAMES - [from]]
end.freeze
WORKFLOWS = {
  ROLE_OPERATOR => lambda do |tracker|
    created = ['Новая', 'На модерации']
    created << 'Закрыта' if CLOSABLE_ON_CREATE.include?(tracker)
    {nil => created, 'Новая' => ['На модерации']}
  end,
  ROLE_SUPERVISOR => ->(_tracker) {FULL_MATRIX},
  ROLE_EXECUTOR => lambda do |_tracker|
    {'Новая' => ['В работе', 'На модерации'],
     'На модерации' => ['В работе'],
     'В работе' => ['Решена', 'На модерации', 'На контроле'],
     'На контроле' => ['В работе', 'Решена'],
     'Решена' => ['В работе']}
  end,
  ROLE_CONTROLLER => ->(_tracker) {FULL_MATRIX}
  # ROLE_EDITOR has no issue permissions, so it needs no transitions.
}.freeze

ALL_TRACKERS_CF = TRACKERS
# A call's figures are on its «Звонок» issue, or on the first appeal filed during it.
CALL_FIGURES = (APPEAL_KINDS + [CALL_TRACKER]).freeze
# name => attributes (format, values, multiple, trackers)
CUSTOM_FIELDS = [
  ['Канал',                  {format: 'list', values: CHANNELS}],
  ['Категория',              {format: 'string'}],
  ['ИНН',                    {format: 'string'}],
  ['ОГРН/ОГРНИП',            {format: 'string'}],
  ['Организация',            {format: 'string'}],
  ['Контактное лицо',        {format: 'string'}],
  ['Телефон',                {format: 'string'}],
  ['E-mail',                 {format: 'string'}],
  ['Муниципалитет',          {format: 'list', values: MUNICIPALITIES}],
  ['Алгоритм',               {format: 'list', values: ALGORITHMS}],
  ['Ведомства',              {format: 'list', values: AGENCY_VALUES, multiple: true}],
  ['Статья БЗ',              {format: 'string'}],
  ['Начало звонка',          {format: 'string', description: 'ISO 8601 с часовым поясом, напр. 2025-03-03T10:00:00+03:00'}],
  ['Длительность звонка, с', {format: 'int'}],
  ['Крайний срок (точный)',  {format: 'string', description: 'ISO 8601 с часовым поясом'}],
  ['UUID клиента',           {format: 'string', description: 'Идентификатор обращения на рабочем месте (идемпотентность)'}],
  ['Оператор',               {format: 'string', trackers: CALL_FIGURES, description: 'Логин оператора'}],
  ['Поисковые запросы',      {format: 'text', trackers: CALL_FIGURES,
                              description: 'Поиски оператора по базе знаний: «запрос<TAB>найдено статей», по строке'}],
  ['Открытые статьи',        {format: 'string', trackers: CALL_FIGURES, description: 'Статьи БЗ, открытые за звонок'}],
  ['Результат звонка',       {format: 'list', trackers: CALL_FIGURES,
                              values: ['Консультация дана', 'Обращение зарегистрировано', 'Переадресован', 'Сорвался',
                                       'Пропущен']}],
  ['UUID звонка',            {format: 'string', trackers: CALL_FIGURES,
                              description: 'Один звонок — одно значение: у «Звонка» и у всех обращений звонка'}],
  ['Ожидание ответа, с',     {format: 'int', trackers: CALL_FIGURES,
                              description: 'Сколько секунд звонок звонил на рабочем месте до ответа (или до отказа)'}],
  ['Сценарии',               {format: 'text', trackers: CALL_FIGURES,
                              description: 'Сценарии звонка: «сценарий<TAB>result|jumped|abandoned<TAB>узлы через пробел», по строке'}]
].freeze

SETTINGS = {
  'rest_api_enabled' => '1',
  # CommonMark (commonmarker): builds a parser per render. The 'markdown' formatter (redcarpet) shares one
  # renderer between the threads of a process and aborts it when two renders overlap (Redmine #32563).
  'text_formatting' => 'common_mark',
  'issue_group_assignment' => '1',
  'default_language' => 'ru',
  'login_required' => '1',
  # The workstation sets parent due dates itself (deadline rule); Redmine must not derive them.
  'parent_issue_dates' => 'independent'
}.freeze

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
STATS = Hash.new(0)
VERBOSE = ENV['PROVISION_VERBOSE'] == '1'
CREATED = Set.new # records created by this run: filling them in is part of "created"

def note(kind, what, record = nil)
  return if record && kind != :created && CREATED.include?([record.class.base_class.name, record.id])

  CREATED << [record.class.base_class.name, record.id] if record && kind == :created
  STATS[kind] += 1
  puts "  #{kind}: #{what}" if VERBOSE || kind != :unchanged
end

def save!(record, what)
  record.save || abort("provision: cannot save #{what}: #{record.errors.full_messages.join('; ')}")
end

# Finds or builds a record, applies scalar attributes and saves only when something changed.
def ensure_record(scope, find_by, attrs, what)
  record = scope.find_by(find_by) || scope.new(find_by)
  fresh = record.new_record?
  attrs.each {|k, v| record.public_send("#{k}=", v)}
  if fresh
    save!(record, what)
    note(:created, what, record)
  elsif record.changed?
    changes = record.changes.keys.join(', ')
    save!(record, what)
    note(:updated, "#{what} (#{changes})", record)
  else
    note(:unchanged, what, record)
  end
  record
end

# Adds missing ids to a has_and_belongs_to_many / has_many ids list (never removes).
def ensure_ids(record, attr, wanted_ids, what)
  current = record.public_send(attr)
  missing = wanted_ids - current
  if missing.empty?
    note(:unchanged, what, record)
  else
    record.public_send("#{attr}=", current + missing)
    note(:updated, "#{what} (+#{missing.size})", record)
  end
end

# Sets a role's per-tracker permissions to exactly the given trackers.
def ensure_tracker_permissions(role, spec, trackers)
  spec.each do |permission, tracker_names|
    wanted = tracker_names.map {|t| trackers.fetch(t).id}.sort
    current = role.permissions_all_trackers?(permission) ? :all : role.permissions_tracker_ids(permission).sort
    what = "role #{role.name} #{permission} trackers"
    if current == wanted
      note(:unchanged, what, role)
    else
      role.set_permission_trackers(permission, wanted)
      save!(role, what)
      note(:updated, "#{what} (#{tracker_names.join(', ')})", role)
    end
  end
end

# Every membership (user or group) of `project` holding `role` also holds `companion`.
def ensure_companion_role(project, role, companion)
  Member.where(project_id: project.id).includes(:member_roles).find_each do |member|
    role_ids = member.member_roles.map(&:role_id)
    next unless role_ids.include?(role.id)

    if role_ids.include?(companion.id)
      note(:unchanged, "membership #{member.principal} #{companion.name}")
    else
      member.role_ids = (member.role_ids + [companion.id]).uniq
      save!(member, "membership of #{member.principal}")
      note(:updated, "membership #{member.principal} (+#{companion.name})")
    end
  end
end

def ensure_setting(name, value)
  if Setting[name].to_s == value
    note(:unchanged, "setting #{name}")
  else
    Setting[name] = value
    note(:updated, "setting #{name} = #{value}")
  end
end

# E-mail notifications. Redmine builds a notification mail for every recipient of every event inside the request
# that causes it (Mailer.deliver_issue_add / deliver_issue_edit), also when it cannot deliver any: without
# `email_delivery` in configuration.yml ActionMailer's perform_deliveries is false and the built mails are dropped.
# Measured (docs/CAPACITY.md § 2a): that is ≈ 45 % of the server's CPU for an appeal with a subtask. So while no
# delivery is configured the events are off; once the administrator configures delivery, the events are theirs
# to choose (Administration → Settings → Email notifications) and this script leaves them alone.
def ensure_notifications_match_delivery
  if ActionMailer::Base.perform_deliveries
    note(:unchanged, "setting notified_events (e-mail delivery is configured: left as the administrator chose, " \
                     "#{Setting.notified_events.size} events)")
  elsif Setting.notified_events.empty?
    note(:unchanged, 'setting notified_events (none: e-mail delivery is not configured)')
  else
    Setting.notified_events = []
    note(:updated, 'setting notified_events = none (e-mail delivery is not configured: mails would be built and dropped)')
  end
end

# ---------------------------------------------------------------------------
# Indexes for the workstation's lookups (see "Indexes" in README.md)
# ---------------------------------------------------------------------------
# Custom fields a workstation finds issues by (a cf_N filter of /issues.json): the client UUID (exactly-once
# delivery), the ИНН (duplicate hint) and the phone (the caller's history).
LOOKUP_FIELDS = ['UUID клиента', 'ИНН', 'Телефон'].freeze
# Redmine 5.1 adds this index itself (#29171); ours has another name so that its migration does not collide.
REDMINE_CV_INDEX = 'custom_values_customized_custom_field'
CV_INDEX = 'hotline_custom_values_customized_field'

def postgresql?
  ActiveRecord::Base.connection.adapter_name.match?(/postg/i)
end

# :valid, :invalid (a CONCURRENTLY build that failed half-way leaves one on PostgreSQL) or :missing.
def index_state(name, table = 'custom_values')
  conn = ActiveRecord::Base.connection
  if postgresql?
    valid = conn.select_value('SELECT i.indisvalid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid ' \
                              "WHERE c.relname = #{conn.quote(name)}")
    return :missing if valid.nil?

    valid ? :valid : :invalid
  else
    conn.index_name_exists?(table, name) ? :valid : :missing
  end
end

def ensure_index(name, table, columns, where, why)
  conn = ActiveRecord::Base.connection
  state = index_state(name, table)
  return note(:unchanged, "index #{name}") if state == :valid

  concurrently = postgresql? ? ' CONCURRENTLY' : ''
  conn.execute("DROP INDEX#{concurrently} #{conn.quote_table_name(name)}") if state == :invalid
  started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  conn.execute("CREATE INDEX#{concurrently} #{conn.quote_table_name(name)} ON #{table} (#{columns})" \
               "#{where ? " WHERE #{where}" : ''}")
  seconds = Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
  note(state == :invalid ? :updated : :created, format('index %s: %s (%.1f s)', name, why, seconds))
end

def ensure_lookup_indexes(field_ids)
  # (customized_type, customized_id, custom_field_id): one issue's value of one field, which every cf_N filter
  # (a correlated EXISTS per issue) and every issue shown with its custom fields asks for.
  if index_state(REDMINE_CV_INDEX) == :valid
    note(:unchanged, "index #{REDMINE_CV_INDEX} (Redmine's own, 5.1 and later)")
  else
    ensure_index(CV_INDEX, 'custom_values', 'customized_type, customized_id, custom_field_id', nil,
                 'custom value of an issue and field (Redmine #29171)')
  end
  # The issues carrying a value of one lookup field: a partial index per field, so that only these short
  # values are indexed (a text field's values may be longer than an index entry may be). PostgreSQL only:
  # SQLite runs Redmine's EXISTS once per issue of the project and never starts from a value index.
  (postgresql? ? LOOKUP_FIELDS : []).each do |name|
    id = field_ids.fetch(name)
    ensure_index("hotline_custom_values_value_cf#{id}", 'custom_values', 'value', "custom_field_id = #{id}",
                 "issues by #{name}")
  end
  # The supervisors' incremental sync: issues updated since T, oldest change first (updated_on>=T, sort
  # updated_on,id), a page of 100 at a time.
  ensure_index('hotline_issues_updated_on', 'issues', 'updated_on, id', nil, 'issues changed since T, in order')
end

# PostgreSQL's planner settings for this database. Redmine writes a cf_N filter as a correlated EXISTS and the
# issue visibility as several sub-selects: with a status filter a lookup has about ten relations, more than the
# planner reorders by default (join_collapse_limit = from_collapse_limit = 8). It then scans every issue instead
# of starting from the lookup field's index. 10 keeps the exhaustive planner (GEQO starts at 12).
DATABASE_SETTINGS = {'join_collapse_limit' => '10', 'from_collapse_limit' => '10'}.freeze

def ensure_database_settings
  return unless postgresql?

  conn = ActiveRecord::Base.connection
  database = conn.current_database
  current = conn.select_values('SELECT unnest(setconfig) FROM pg_db_role_setting s JOIN pg_database d ' \
                               "ON d.oid = s.setdatabase WHERE d.datname = #{conn.quote(database)} " \
                               'AND s.setrole = 0').to_h {|kv| kv.split('=', 2)}
  DATABASE_SETTINGS.each do |name, value|
    next note(:unchanged, "database setting #{name}") if current[name] == value

    conn.execute("ALTER DATABASE #{conn.quote_table_name(database)} SET #{name} = #{value}")
    note(:updated, "database setting #{name} = #{value} (new connections; restart the application server)")
  rescue ActiveRecord::StatementInvalid => e
    raise unless e.cause.is_a?(PG::InsufficientPrivilege)

    puts "  warning: cannot set #{name} on database #{database} (not its owner): set #{name} = #{value} " \
         'in postgresql.conf'
  end
end

# ---------------------------------------------------------------------------
# Provisioning
# ---------------------------------------------------------------------------
ids = ActiveRecord::Base.transaction do
  SETTINGS.each {|name, value| ensure_setting(name, value)}
  ensure_notifications_match_delivery

  # Issue priorities exist after load_default_data; without them no issue can be created.
  if IssuePriority.none?
    [['Низкий', false], ['Нормальный', true], ['Высокий', false], ['Срочный', false]].each do |name, default|
      ensure_record(IssuePriority, {name: name}, {is_default: default, active: true}, "priority #{name}")
    end
  end

  # Statuses, in display order (other statuses, e.g. from default data, go after ours).
  statuses = STATUSES.to_h do |name, closed|
    [name, ensure_record(IssueStatus, {name: name}, {is_closed: closed}, "status #{name}")]
  end
  STATUSES.each_with_index do |(name, _), i|
    status = statuses[name].reload
    next if status.position == i + 1

    status.update!(position: i + 1)
    note(:updated, "status #{name} position", status)
  end
  default_status = statuses.fetch(DEFAULT_STATUS)

  trackers = TRACKERS.to_h do |name|
    [name, ensure_record(Tracker, {name: name},
                         {default_status_id: default_status.id, description: TRACKER_DESCRIPTIONS[name]},
                         "tracker #{name}")]
  end

  roles = ROLES.to_h do |name, spec|
    role = ensure_record(Role.givable, {name: name},
                         {issues_visibility: spec[:issues_visibility], assignable: spec[:assignable]},
                         "role #{name}")
    missing = spec[:permissions] - role.permissions
    if missing.empty?
      note(:unchanged, "role #{name} permissions", role)
    else
      role.permissions = role.permissions + missing
      save!(role, "role #{name}")
      note(:updated, "role #{name} permissions (+#{missing.join(' +')})", role)
    end
    [name, role]
  end

  TRACKER_PERMISSIONS.each {|name, spec| ensure_tracker_permissions(roles.fetch(name), spec, trackers)}

  # Workflows: one row per (tracker, role, old status, new status); 0 = on creation.
  existing = WorkflowTransition.where(tracker_id: trackers.values.map(&:id), role_id: roles.values.map(&:id),
                                      author: false, assignee: false).
               pluck(:tracker_id, :role_id, :old_status_id, :new_status_id).to_set
  new_transitions = 0
  WORKFLOWS.each do |role_name, matrix_for|
    role = roles.fetch(role_name)
    trackers.each do |tracker_name, tracker|
      matrix_for.call(tracker_name).each do |from, tos|
        old_id = from.nil? ? 0 : statuses.fetch(from).id
        tos.each do |to|
          key = [tracker.id, role.id, old_id, statuses.fetch(to).id]
          what = "workflow #{tracker_name} / #{role_name}: #{from || '(новая)'} -> #{to}"
          if existing.include?(key)
            STATS[:unchanged] += 1
          else
            WorkflowTransition.create!(tracker_id: key[0], role_id: key[1], old_status_id: key[2],
                                       new_status_id: key[3], author: false, assignee: false)
            STATS[:created] += 1
            new_transitions += 1
            puts "  created: #{what}" if VERBOSE
          end
        end
      end
    end
  end
  puts "  created: #{new_transitions} workflow transitions" if new_transitions.positive?

  # Projects
  projects = [APPEALS_PROJECT, KB_PROJECT].to_h do |spec|
    project = Project.find_by(identifier: spec[:identifier])
    if project.nil?
      project = Project.new(identifier: spec[:identifier], name: spec[:name], description: spec[:description],
                            is_public: false)
      project.enabled_module_names = spec[:modules]
      project.trackers = spec[:identifier] == APPEALS_PROJECT[:identifier] ? trackers.values : []
      save!(project, "project #{spec[:identifier]}")
      note(:created, "project #{spec[:identifier]}", project)
    else
      project.name = spec[:name]
      if project.changed?
        save!(project, "project #{spec[:identifier]}")
        note(:updated, "project #{spec[:identifier]} name")
      else
        note(:unchanged, "project #{spec[:identifier]}")
      end
      missing = spec[:modules] - project.enabled_module_names
      if missing.empty?
        note(:unchanged, "project #{spec[:identifier]} modules")
      else
        missing.each {|m| project.enable_module!(m)}
        note(:updated, "project #{spec[:identifier]} modules (+#{missing.join(' +')})")
      end
      if spec[:identifier] == APPEALS_PROJECT[:identifier]
        ensure_ids(project, :tracker_ids, trackers.values.map(&:id), 'project hotline0150 trackers')
      end
    end
    [spec[:identifier], project.reload]
  end
  appeals = projects.fetch(APPEALS_PROJECT[:identifier])
  kb = projects.fetch(KB_PROJECT[:identifier])

  # KB wiki and its start page (created once; editors own the text afterwards).
  wiki = kb.wiki || Wiki.create!(project: kb, start_page: KB_START_PAGE)
  if wiki.start_page != KB_START_PAGE
    wiki.update!(start_page: KB_START_PAGE)
    note(:updated, 'wiki start page', kb)
  else
    note(:unchanged, 'wiki start page', kb)
  end
  if wiki.find_page(KB_START_PAGE)
    note(:unchanged, "wiki page #{KB_START_PAGE}")
  else
    page = WikiPage.new(wiki: wiki, title: KB_START_PAGE)
    content = WikiContent.new(page: page, author: User.where(admin: true).order(:id).first,
                              text: "# База знаний линии 0150\n\nСтатьи публикуются из `kb_data` " \
                                    "и синхронизируются на рабочие места операторов.\n",
                              comments: 'provision.rb')
    page.save_with_content(content) || abort("provision: cannot create wiki page: #{page.errors.full_messages}")
    note(:created, "wiki page #{KB_START_PAGE}")
  end

  # Custom fields
  custom_fields = CUSTOM_FIELDS.to_h do |name, spec|
    format = spec.fetch(:format)
    field = IssueCustomField.find_by(name: name)
    if field && field.field_format != format
      abort "provision: custom field #{name} has format #{field.field_format}, expected #{format}"
    end
    attrs = {field_format: format, is_filter: true, searchable: %w[string text].include?(format),
             visible: true, is_for_all: false, multiple: spec.fetch(:multiple, false)}
    attrs[:description] = spec[:description] if spec[:description]
    if spec[:values]
      current = field ? field.possible_values : []
      attrs[:possible_values] = current + (spec[:values] - current)
    end
    field = ensure_record(IssueCustomField, {name: name}, attrs, "custom field #{name}")
    wanted = spec.fetch(:trackers, ALL_TRACKERS_CF).map {|t| trackers.fetch(t).id}
    ensure_ids(field, :tracker_ids, wanted, "custom field #{name} trackers")
    ensure_ids(field, :project_ids, [appeals.id], "custom field #{name} projects")
    [name, field]
  end

  # A group per agency and per municipality, member of the appeals project as executor.
  executor = roles.fetch(ROLE_EXECUTOR)
  groups = (AGENCIES + MUNICIPALITIES).uniq.to_h do |name|
    group = Group.where(lastname: name).first || Group.new(lastname: name)
    if group.new_record?
      save!(group, "group #{name}")
      note(:created, "group #{name}", group)
    else
      note(:unchanged, "group #{name}")
    end
    member = Member.find_by(project_id: appeals.id, user_id: group.id)
    if member.nil?
      member = Member.new(project: appeals, principal: group)
      member.role_ids = [executor.id]
      save!(member, "membership of #{name}")
      note(:created, "membership #{name}")
    elsif !member.role_ids.include?(executor.id)
      member.role_ids = member.role_ids + [executor.id]
      save!(member, "membership of #{name}")
      note(:updated, "membership #{name}")
    else
      note(:unchanged, "membership #{name}")
    end
    [name, group]
  end

  # Operators added before the call-records role existed (and any added by hand with the operator role only).
  ensure_companion_role(appeals, roles.fetch(ROLE_OPERATOR), roles.fetch(ROLE_OPERATOR_CALLS))

  {
    custom_fields: custom_fields.transform_values(&:id),
    trackers: trackers.transform_values(&:id),
    statuses: statuses.transform_values(&:id),
    roles: roles.transform_values(&:id),
    projects: projects.transform_values(&:id),
    groups: groups.transform_values(&:id)
  }
end

# Outside the transaction: on PostgreSQL the indexes are built CONCURRENTLY (a live server keeps filing).
ensure_lookup_indexes(ids[:custom_fields])
ensure_database_settings

puts "created #{STATS[:created]}, updated #{STATS[:updated]}, unchanged #{STATS[:unchanged]}"
puts "PROVISION_IDS #{JSON.generate(ids)}"

