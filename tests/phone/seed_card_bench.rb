# Seeds N appeals for the caller's-card benchmark (rails runner, through redmine-harness.sh runner):
# appeal i (CARD_BENCH_FROM ≤ i < CARD_BENCH_FROM + CARD_BENCH_N) has the phone +7916<1000000+i> and the ИНН 77<8 digits of i>, filed by operator2. Bulk inserts
# (insert_all), so 100k take a minute, not the hours the REST API would.
n = Integer(ENV.fetch('CARD_BENCH_N'))
from = Integer(ENV.fetch('CARD_BENCH_FROM', '0')) # the first i (to add to an earlier seed)
project = Project.find_by!(identifier: 'hotline0150')
trackers = Tracker.where(name: ['Простая консультация', 'Сложная консультация', 'Задача']).pluck(:id)
status = IssueStatus.find_by!(name: 'Новая').id
author = User.find_by!(login: 'operator2').id
priority = (IssuePriority.default || IssuePriority.first).id
fields = IssueCustomField.where(name: ['Телефон', 'ИНН', 'Крайний срок (точный)', 'Канал']).to_h {|f| [f.name, f.id]}
start = (Issue.maximum(:id) || 0) + 1
t0 = Time.now
(from...(from + n)).each_slice(5000) do |slice|
  now = Time.now.utc
  base = Issue.maximum(:id) || 0
  Issue.insert_all(slice.map do |i|
    {project_id: project.id, tracker_id: trackers[i % trackers.size], subject: "Бенчмарк карточки #{i}",
     description: 'Обращение для замера поиска карточки звонящего', status_id: status, author_id: author,
     priority_id: priority, is_private: false, done_ratio: 0, lft: 1, rgt: 2, start_date: Date.today,
     created_on: now - (from + n - i), updated_on: now - (from + n - i)}
  end)
  first = base + 1
  last = Issue.maximum(:id)
  Issue.where(id: first..last).update_all('root_id = id')
  values = []
  (first..last).each_with_index do |id, k|
    i = slice[k]
    values << {customized_type: 'Issue', customized_id: id, custom_field_id: fields['Телефон'], value: "+7916#{1_000_000 + i}"}
    values << {customized_type: 'Issue', customized_id: id, custom_field_id: fields['ИНН'], value: format('77%08d', i)}
    values << {customized_type: 'Issue', customized_id: id, custom_field_id: fields['Канал'], value: 'Горячая линия 0150'}
    values << {customized_type: 'Issue', customized_id: id, custom_field_id: fields['Крайний срок (точный)'],
               value: '2026-12-04T18:00:00+03:00'}
  end
  CustomValue.insert_all(values)
end
puts "CARD_BENCH seeded #{n} issues from ##{start} in #{(Time.now - t0).round(1)} s; issues now #{Issue.count}"
