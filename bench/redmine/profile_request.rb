# frozen_string_literal: true
#
# Where one REST request's time goes inside Redmine: the request is run through the Rails application in this
# process (no network, no TLS, no puma), REPEAT times, and the time is split into SQL (every statement, grouped by
# its shape) and the rest (Ruby: routing, authentication, building the query, rendering the JSON).
#
#   PROFILE_KEY=<api key> PROFILE_PATH='/issues.json?project_id=hotline0150' [REPEAT=20] \
#     redmine-harness.sh runner DIR bench/redmine/profile_request.rb
#
# PROFILE_FILING=1 instead files appeals as the outbox does: the newest seeded appeal of the key's user that has
# subtasks is posted again (same tracker, fields and values, a fresh client UUID), then each of its subtasks with
# parent_issue_id — one "request" is the whole appeal. It also counts the notification mails Redmine builds.
# EVENTS=redmine-default files them with Redmine's default notification events (issue added, issue updated) for
# the run, as a server without provision.rb's setting does. The issues it files are deleted at the end.

require 'rack/mock'
require 'securerandom'

key = ENV.fetch('PROFILE_KEY')
repeat = ENV.fetch('REPEAT', '20').to_i
filing = ENV['PROFILE_FILING'] == '1'

def call_app(key, path, method: 'GET', json: nil)
  env = Rack::MockRequest.env_for(path, :method => method, :input => json, 'CONTENT_TYPE' => 'application/json',
                                        'HTTP_X_REDMINE_API_KEY' => key, 'HTTPS' => 'on',
                                        'HTTP_ACCEPT' => 'application/json')
  status, _headers, body = Rails.application.call(env)
  text = +''
  body.each {|part| text << part}
  body.close if body.respond_to?(:close)
  [status, text]
end

# The issue as the outbox posts it: its tracker, subject, description, dates, assignee and every custom value.
def issue_body(issue, uuid_field, parent_id = nil)
  fields = issue.custom_field_values.map do |v|
    {id: v.custom_field_id, value: v.custom_field_id == uuid_field.id ? SecureRandom.uuid : v.value}
  end
  body = {project_id: issue.project_id, tracker_id: issue.tracker_id, subject: issue.subject,
          description: issue.description, custom_fields: fields, assigned_to_id: issue.assigned_to_id,
          start_date: issue.start_date&.to_s, due_date: issue.due_date&.to_s, parent_issue_id: parent_id}
  {issue: body.compact}.to_json
end

filed = []
mails = 0
saved_events = Setting.notified_events
if filing
  user = User.find_by_api_key(key) || abort('profile_request: no user has that key')
  uuid_field = IssueCustomField.find_by!(name: 'UUID клиента')
  model = Issue.where(author_id: user.id, parent_id: nil)
               .where('EXISTS (SELECT 1 FROM issues c WHERE c.parent_id = issues.id)').order(:id).last ||
          abort("profile_request: #{user.login} has no appeal with subtasks to file again")
  children = model.children.order(:id).to_a
  Setting.notified_events = %w[issue_added issue_updated] if ENV['EVENTS'] == 'redmine-default'
  ActiveSupport::Notifications.subscribe('process.action_mailer') { mails += 1 }
  puts "filing appeal ##{model.id} again (#{model.tracker.name}, #{children.size} subtasks), " \
       "notification events: #{Setting.notified_events.inspect}, e-mail delivery configured: " \
       "#{ActionMailer::Base.perform_deliveries}"
  path = "POST /issues.json × #{1 + children.size}"
  post = lambda do |json|
    status, text = call_app(key, '/issues.json', method: 'POST', json: json)
    abort "profile_request: POST /issues.json answered #{status}: #{text[0, 300]}" unless status == 201
    JSON.parse(text).dig('issue', 'id').tap {|id| filed << id}
  end
  run = lambda do
    parent = post.call(issue_body(model, uuid_field))
    children.each {|c| post.call(issue_body(c, uuid_field, parent))}
  end
else
  path = ENV.fetch('PROFILE_PATH')
  run = lambda do
    status, _text = call_app(key, path)
    abort "profile_request: #{path} answered #{status}" unless status == 200
  end
end

begin
  sql_time = Hash.new(0.0)
  sql_count = Hash.new(0)
  subscriber = ActiveSupport::Notifications.subscribe('sql.active_record') do |_name, start, finish, _id, payload|
    next if payload[:name] == 'SCHEMA'

    shape = payload[:sql].gsub(/\$\d+|'[^']*'|\b\d+\b/, '?').gsub(/\s+/, ' ')[0, 140]
    sql_time[shape] += (finish - start) * 1000
    sql_count[shape] += 1
  end

  3.times { run.call } # warm-up: caches, YJIT
  sql_time.clear
  sql_count.clear
  mails = 0
  cpu0 = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
  t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  gc0 = GC.stat(:time) rescue nil
  repeat.times { run.call }
  wall = (Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0) * 1000 / repeat
  cpu = (Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - cpu0) * 1000 / repeat
  ActiveSupport::Notifications.unsubscribe(subscriber)

  total_sql = sql_time.values.sum / repeat
  puts format('%s: %.1f ms per request (Ruby process CPU %.1f ms), SQL %.1f ms in %.0f statements, the rest %.1f ms',
              path, wall, cpu, total_sql, sql_count.values.sum.to_f / repeat, wall - total_sql)
  puts format('  notification mails built: %.1f per request', mails.to_f / repeat) if filing
  puts format('  GC: %.1f ms per request', (GC.stat(:time) - gc0).to_f / repeat) if gc0
  sql_time.sort_by {|_, t| -t}.first(12).each do |shape, t|
    puts format('  %7.2f ms  %5.1f×  %s', t / repeat, sql_count[shape].to_f / repeat, shape)
  end
ensure
  Setting.notified_events = saved_events if filing
  Issue.where(id: filed.sort.reverse).each(&:destroy)
end
