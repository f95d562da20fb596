#pragma once

#include <QDateTime>

namespace hotline::ui {
class MainWindow;
}

// Reproducible screenshots of the real app (docs/screenshots), compiled into hotline0150-screens only (the shipped
// hotline0150 has none of them): environment hooks, all off by default.
//   HOTLINE_DEMO_NOW=2026-11-23T15:12      a fixed Moscow time instead of the system clock
//   HOTLINE_DEMO=article-id[:form]         open that article after start (and fill the form with sample data)
//   HOTLINE_SCREENSHOT=path.png            grab the window into that file shortly after start, then quit
namespace hotline::demo {

QDateTime fixedNow();
void run(ui::MainWindow& window);

} // namespace hotline::demo
