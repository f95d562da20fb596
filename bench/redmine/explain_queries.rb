# frozen_string_literal: true
#
# The SQL Redmine runs for the workstation's five lookups, and PostgreSQL's plan of each, with timings:
#
#   redmine-harness.sh runner DIR bench/redmine/explain_queries.rb
#
# Each lookup is built the way IssuesController#index builds it for GET /issues.json (an IssueQuery from the
# request's parameters, as the given user), then its two statements — the count for total_count and the page
# of issues — are run under EXPLAIN (ANALYZE, BUFFERS). The parameters are the ones the workstation sends
# (models/outbox/OutboxSender.cpp, models/net/DuplicateFinder.cpp, models/calllog/CallLogSync.cpp); the values
# are taken from the database: an appeal of the operator whose key asks, an ИНН and a phone with several
# appeals, "updated since ten minutes before the newest issue".
# EXPLAIN_ONLY=uuid,inn,... limits the lookups; EXPLAIN_ANALYZE=0 prints plans without running them;
# EXPLAIN_BRIEF=1 prints only the scans, sorts and timings of each plan (and not the SQL).

require 'json'

conn = ActiveRecord::Base.connection
abort 'explain_queries: PostgreSQL only' unless conn.adapter_name.match?(/postg/i)

project = Project.find_by!(identifier: 'hotline0150')
field = ->(name) {IssueCustomField.find_by!(name: name).id}
uuid_cf = field.call('UUID клиента')
inn_cf = field.call('ИНН')
phone_cf = field.call('Телефон')

operator_role = Role.find_by!(name: 'Оператор 0150')
supervisor_role = Role.find_by!(name: 'Супервизор')
member_of = lambda do |role|
  User.active.joins(members: :member_roles).
    where(members: {project_id: project.id}, member_roles: {role_id: role.id}).
    order(:id).first || abort("explain_queries: no user with role #{role.name}")
end
# The operator who filed the most appeals (as on a busy workstation), and a supervisor.
operator = User.find(Issue.where(project_id: project.id).group(:author_id).order(Arel.sql('count(*) DESC')).
                     limit(1).pluck(:author_id).first || member_of.call(operator_role).id)
supervisor = member_of.call(supervisor_role)

pick = lambda do |sql|
  conn.select_value(sql) || abort("explain_queries: nothing found for #{sql}")
end
own_uuid = pick.call("SELECT cv.value FROM custom_values cv JOIN issues i ON i.id = cv.customized_id " \
                     "WHERE cv.customized_type = 'Issue' AND cv.custom_field_id = #{uuid_cf} " \
                     "AND i.author_id = #{operator.id} ORDER BY i.id DESC LIMIT 1 OFFSET 7")
# A repeat caller: the 50th most frequent value (not the single busiest one, not a one-off).
frequent = lambda do |cf|
  pick.call("SELECT value FROM custom_values WHERE custom_field_id = #{cf} AND value <> '' " \
            'GROUP BY value ORDER BY count(*) DESC, value LIMIT 1 OFFSET 50')
end
inn = frequent.call(inn_cf)
phone = frequent.call(phone_cf)
newest = Issue.where(project_id: project.id).maximum(:updated_on)
since = (newest - 600).utc.iso8601

LOOKUPS = [
  ['uuid', operator, 'UUID lookup before a re-post (OutboxSender::lookUp)',
   {project_id: 'hotline0150', status_id: '*', "cf_#{uuid_cf}" => own_uuid, limit: '100'}],
  ['inn', operator, 'duplicate hint by ИНН (findOpenAppealsByInn)',
   {project_id: 'hotline0150', status_id: 'open', "cf_#{inn_cf}" => inn, sort: 'created_on:desc', limit: '25'}],
  ['phone', operator, "caller's history by phone (as the ИНН hint, any status)",
   {project_id: 'hotline0150', status_id: '*', "cf_#{phone_cf}" => phone, sort: 'created_on:desc', limit: '25'}],
  ['sync', supervisor, "supervisor's incremental sync page (CallLogSync)",
   {project_id: 'hotline0150', status_id: '*', sort: 'updated_on,id', offset: '0', limit: '100',
    updated_on: ">=#{since}"}],
  ['first_page', supervisor, 'GET /issues.json?project_id=hotline0150 (first page, Redmine\'s defaults)',
   {project_id: 'hotline0150'}]
].freeze

only = ENV['EXPLAIN_ONLY'].to_s.split(',')
brief = ENV['EXPLAIN_BRIEF'] == '1'
BRIEF_LINES = /Scan|Sort Key|Sort Method|Limit|Aggregate|Execution Time|Planning Time|Index Cond|Rows Removed/.freeze
analyze = ENV['EXPLAIN_ANALYZE'] != '0'
puts "issues: #{Issue.count}, custom values: #{CustomValue.count}; operator #{operator.login} " \
     "(#{Issue.where(author_id: operator.id).count} issues), supervisor #{supervisor.login}"
LOOKUPS.each do |name, user, what, params|
  next unless only.empty? || only.include?(name)

  User.current = user
  query = IssueQuery.new(name: '_', project: project)
  query.build_from_params(ActionController::Parameters.new(params).permit!)
  query.column_names = %w[author] # as the API does
  abort "explain_queries: #{name}: #{query.errors.full_messages.join('; ')}" unless query.valid?
  limit = params.fetch(:limit, '25').to_i
  offset = params.fetch(:offset, '0').to_i
  query.issues(limit: limit, offset: offset) # warms Redmine's caches (custom fields, roles)
  # The statements themselves, as Rails sends them: count (total_count), then the page.
  statements = []
  subscriber = ActiveSupport::Notifications.subscribe('sql.active_record') do |*, payload|
    next if payload[:name] == 'SCHEMA' || !payload[:sql].match?(/\bFROM "issues"/)

    binds = payload[:type_casted_binds]
    binds = binds.call if binds.respond_to?(:call)
    statements << payload[:sql].gsub(/\$(\d+)/) {conn.quote(binds[Regexp.last_match(1).to_i - 1])}
  end
  begin
    query.issue_count
    query.issues(limit: limit, offset: offset)
  ensure
    ActiveSupport::Notifications.unsubscribe(subscriber)
  end
  count_sql, page_sql = statements.first(2)
  puts
  puts "=== #{name}: #{what} — as #{user.login}"
  puts "GET /issues.json?#{params.to_query}"
  [['count', count_sql], ['page', page_sql]].each do |label, sql|
    puts "--- #{label}:"
    puts sql unless brief
    options = analyze ? '(ANALYZE, BUFFERS)' : ''
    conn.select_rows("EXPLAIN #{options} #{sql}").each do |row|
      puts "  #{row.first}" unless brief && !row.first.match?(BRIEF_LINES)
    end
  end
end
