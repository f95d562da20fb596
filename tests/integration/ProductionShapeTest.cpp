// The server in production shape: CommonMark rendering that survives a threaded server, and the indexes
// provision.rb makes for the workstation's lookups — present, rebuilt when missing, and matching the SQL Redmine
// itself compiles for a cf_N filter.

#include "ItSupport.h"

#include <QTemporaryDir>

using namespace hotline;
using namespace hotline::it;

namespace {

// Runs a Ruby snippet inside the instance (rails runner) and returns what it printed.
QString runRuby(const QByteArray& code, int timeoutMs = 300000) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("snippet.rb"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(code);
    f.close();
    return harness({QStringLiteral("runner"), harnessDir(), file}, timeoutMs);
}

} // namespace

TEST_CASE("Redmine renders the knowledge base's Markdown as CommonMark from many threads at once",
          "[integration][production]") {
    // The markdown formatter (redcarpet) shares one renderer between threads and aborts the process when two
    // renders overlap; a worker of a threaded puma renders for all its requests (notification mails included).
    const QString out = runRuby(R"RUBY(
puts "formatting #{Setting.text_formatting}"
formatter = Redmine::WikiFormatting.formatter_for(Setting.text_formatting)
texts = Dir[File.join(ENV.fetch('HOTLINE_KB_DATA'), 'articles', '*', '*.md')].sort.first(40).map {|f| File.read(f)}
expected = texts.map {|t| formatter.new(t).to_html}
mismatches = Queue.new
threads = 8.times.map do
  Thread.new do
    2.times { texts.each_with_index {|t, i| mismatches << i if formatter.new(t).to_html != expected[i]} }
  end
end
threads.each(&:join)
puts "rendered #{texts.size * 16} concurrently from #{threads.size} threads, #{mismatches.size} different"
puts "articles with a heading: #{expected.count {|html| html.include?('<h1')}} of #{texts.size}"
)RUBY");
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("formatting common_mark")));
    CHECK(out.contains(
        QRegularExpression(QStringLiteral("rendered [1-9]\\d* concurrently from 8 threads, 0 different"))));
    // Markdown really became HTML: every article's title is a heading.
    CHECK(out.contains(QRegularExpression(QStringLiteral("articles with a heading: (\\d+) of \\1\\b"))));
}

TEST_CASE("The workstation's lookups can use provision.rb's indexes", "[integration][production]") {
    if (env().value(QStringLiteral("REDMINE_DB_KIND")) != QLatin1String("postgresql")) {
        WARN("not checked: the plans are checked on PostgreSQL, the production database");
        return;
    }
    // Redmine compiles each lookup (as /issues.json does for the workstation's key) and PostgreSQL is asked for
    // a plan without sequential scans: it must find the partial index of that field usable for Redmine's
    // correlated EXISTS, i.e. the index's predicate matches the SQL Redmine writes.
    const QString out = runRuby(R"RUBY(
project = Project.find_by!(identifier: 'hotline0150')
User.current = User.find_by!(login: 'operator1')
{'UUID клиента' => {'status_id' => '*', 'limit' => '100'},
 'ИНН' => {'status_id' => 'open', 'sort' => 'created_on:desc', 'limit' => '25'},
 'Телефон' => {'status_id' => '*', 'sort' => 'created_on:desc', 'limit' => '25'}}.each do |name, params|
  cf = IssueCustomField.find_by!(name: name)
  query = IssueQuery.new(name: '_', project: project)
  query.build_from_params(ActionController::Parameters.new(params.merge("cf_#{cf.id}" => '5001234567')).permit!)
  sql = query.base_scope.select('COUNT(*)').to_sql
  plan = ActiveRecord::Base.transaction do
    ActiveRecord::Base.connection.execute('SET LOCAL enable_seqscan = off')
    ActiveRecord::Base.connection.select_rows("EXPLAIN #{sql}").flatten.join("\n")
  end
  # A plain index scan says "using", a bitmap index scan says "on". Which of provision.rb's two indexes the
  # planner takes depends on the data: on this nearly empty database it may start from the issue and probe the
  # index by issue and field (#29171); at 100 000 appeals (bench/redmine/scale-bench.sh) it starts from the
  # field's partial index on value. Either is one of ours, and neither is a scan of every custom value.
  used = plan[/(?:Index (?:Only )?Scan using|Bitmap Index Scan on) (hotline_custom_values_\w+) on custom_values/, 1]
  puts "#{name}: field #{cf.id}, index #{used || 'NONE'}"
  puts plan unless used
end
)RUBY");
    INFO(out.toStdString());
    const QJsonObject ids = [] {
        QFile f(env().value(QStringLiteral("REDMINE_PROVISION_IDS")));
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("custom_fields")).toObject();
    }();
    for (const QString& name : {net::names::cfClientUuid, net::names::cfInn, net::names::cfPhone}) {
        const int id = ids.value(name).toInt();
        const QRegularExpression ours(
            QStringLiteral("%1: field %2, index hotline_custom_values_(value_cf%2|customized_field)\\b")
                .arg(QRegularExpression::escape(name))
                .arg(id));
        CHECK(out.contains(ours));
    }
}

TEST_CASE("A server with no e-mail delivery builds no notification mails while appeals are filed",
          "[integration][production]") {
    // Redmine builds every notification mail inside the request that files the appeal, also when it cannot deliver
    // it — most of an appeal's server time. provision.rb switches the events off while no delivery is configured.
    // The same appeal with a subtask is filed through the REST API as the operator, first as provisioned, then with
    // Redmine's default events (which shows that the count below sees mails when they are built).
    const QString out = runRuby(QStringLiteral(R"RUBY(
require 'rack/mock'
built = 0
ActiveSupport::Notifications.subscribe('process.action_mailer') { built += 1 }
project = Project.find_by!(identifier: 'hotline0150')
tracker = Tracker.find_by!(name: 'Сложная консультация')
ids = []
file_appeal = lambda do
  post = lambda do |issue|
    env = Rack::MockRequest.env_for('/issues.json', method: 'POST', input: {issue: issue}.to_json,
                                    'CONTENT_TYPE' => 'application/json', 'HTTPS' => 'on',
                                    'HTTP_X_REDMINE_API_KEY' => '%1')
    status, _headers, body = Rails.application.call(env)
    text = +''
    body.each {|part| text << part}
    body.close if body.respond_to?(:close)
    raise "POST /issues.json answered #{status}: #{text[0, 300]}" unless status == 201
    JSON.parse(text).dig('issue', 'id').tap {|id| ids << id}
  end
  parent = post.call(project_id: project.id, tracker_id: tracker.id, subject: 'Проверка уведомлений',
                     description: 'Обращение теста', assigned_to_id: %2)
  post.call(project_id: project.id, tracker_id: tracker.id, subject: 'Проверка уведомлений: поручение',
            parent_issue_id: parent, assigned_to_id: %2)
end
puts "deliveries configured: #{ActionMailer::Base.perform_deliveries}"
saved = Setting.notified_events
begin
  file_appeal.call
  puts "mails built as provisioned: #{built}"
  Setting.notified_events = %w[issue_added issue_updated]
  built = 0
  file_appeal.call
  puts "mails built with Redmine's default events: #{built}"
ensure
  Setting.notified_events = saved
  Issue.where(id: ids.reverse).each(&:destroy)
end
)RUBY")
                                    .arg(env().value(QStringLiteral("REDMINE_KEY_OPERATOR1")),
                                         env().value(QStringLiteral("REDMINE_EXECUTOR1_GROUP_ID")))
                                    .toUtf8());
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("deliveries configured: false")));
    CHECK(out.contains(QStringLiteral("mails built as provisioned: 0\n")));
    CHECK(out.contains(QRegularExpression(QStringLiteral("mails built with Redmine's default events: [1-9]"))));
}

TEST_CASE("provision.rb builds a missing lookup index again, then changes nothing", "[integration][production]") {
    // The UUID's value index on PostgreSQL; SQLite has only the index by issue and field.
    const bool pg = env().value(QStringLiteral("REDMINE_DB_KIND")) == QLatin1String("postgresql");
    const QString index = pg ? QStringLiteral("hotline_custom_values_value_cf%1").arg(uuidFieldId())
                             : QStringLiteral("hotline_custom_values_customized_field");
    const QString dropped = runRuby(QStringLiteral("ActiveRecord::Base.connection.execute('DROP INDEX %1')\n"
                                                   "puts ActiveRecord::Base.connection.index_name_exists?("
                                                   ":custom_values, '%1') ? 'still there' : 'dropped'\n")
                                        .arg(index)
                                        .toUtf8());
    REQUIRE(dropped.contains(QStringLiteral("dropped")));
    const QString again = harness({QStringLiteral("provision"), harnessDir()});
    INFO(again.toStdString());
    CHECK(again.contains(QStringLiteral("created: index %1: ").arg(index)));
    CHECK(again.contains(QRegularExpression(QStringLiteral("^created 1, updated 0, unchanged \\d+"),
                                            QRegularExpression::MultilineOption)));
    const QString third = harness({QStringLiteral("provision"), harnessDir()});
    INFO(third.toStdString());
    CHECK(third.contains(QRegularExpression(QStringLiteral("^created 0, updated 0, unchanged \\d+"),
                                            QRegularExpression::MultilineOption)));
}
