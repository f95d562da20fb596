# frozen_string_literal: true
#
# Where one REST request's time goes inside Redmine: the request is run through the Rails application in this
# process (no network, no TLS, no puma), REPEAT times, and the time is split into SQL (every statement, grouped by
# its shape) and the rest (Ruby: routing, authentication, building the query, rendering the JSON).
#
#   PROFILE_KEY=<api key> PROFILE_PATH='/issues.json?project_id=hotline0150' [REPEAT=20] \
#     redmine-harness.sh runner DIR bench/redmine/profile_request.rb

require 'rack/mock'

path = ENV.fetch('PROFILE_PATH')
key = ENV.fetch('PROFILE_KEY')
repeat = ENV.fetch('REPEAT', '20').to_i

sql_time = Hash.new(0.0)
sql_count = Hash.new(0)
subscriber = ActiveSupport::Notifications.subscribe('sql.active_record') do |_name, start, finish, _id, payload|
  next if payload[:name] == 'SCHEMA'

  shape = payload[:sql].gsub(/\$\d+|'[^']*'|\b\d+\b/, '?').gsub(/\s+/, ' ')[0, 140]
  sql_time[shape] += (finish - start) * 1000
  sql_count[shape] += 1
end

run = lambda do
  env = Rack::MockRequest.env_for(path, 'HTTP_X_REDMINE_API_KEY' => key, 'HTTPS' => 'on',
                                        'HTTP_ACCEPT' => 'application/json')
  status, _headers, body = Rails.application.call(env)
  body.close if body.respond_to?(:close)
  abort "profile_request: #{path} answered #{status}" unless status == 200
end

3.times { run.call } # warm-up: caches, YJIT
sql_time.clear
sql_count.clear
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
puts format('  GC: %.1f ms per request', (GC.stat(:time) - gc0).to_f / repeat) if gc0
sql_time.sort_by {|_, t| -t}.first(12).each do |shape, t|
  puts format('  %7.2f ms  %5.1f×  %s', t / repeat, sql_count[shape].to_f / repeat, shape)
end
