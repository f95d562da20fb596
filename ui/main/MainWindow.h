#pragma once

#include <QMainWindow>

namespace hotline::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace hotline::ui
