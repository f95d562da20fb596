#include "MainWindow.h"

#include <QLabel>

namespace hotline::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Hotline 0150"));
    auto* label = new QLabel(tr("Operator workstation of the business hotline 0150"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1280, 760);
}

} // namespace hotline::ui
