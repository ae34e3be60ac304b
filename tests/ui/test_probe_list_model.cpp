// The probe list: groups in USB / ST-LINK server / lab order, the roles a view and the panel
// read, and rescans merged as row insertions and removals so a selected probe stays selected.

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

#include "ui/probe_list_model.h"

using namespace rescue;
using rescue::probe::ProbeInfo;

namespace {

ProbeInfo usb(const std::string& serial) {
    return ProbeInfo{"stlink:" + serial, "usb", "STLINK-V3SET", serial, "V3J15M7", 3.3, {}};
}
ProbeInfo tcp(const std::string& serial) {
    return ProbeInfo{"stlink-tcp://127.0.0.1:7184/" + serial,
                     "stlink-tcp",
                     "STLINK-V2-1",
                     serial,
                     "V2J40M27",
                     std::nullopt,
                     {}};
}
ProbeInfo lab(const std::string& name) {
    return ProbeInfo{"lab:" + name, "lab", "STLINK-V3SET", "LAB-" + name, "V3J15M7", 3.3, {}};
}

// A compact spelling of a probe list for data rows: "u:A t:B l:x" (usb A, tcp B, lab x).
std::vector<ProbeInfo> parse(const QString& spec) {
    std::vector<ProbeInfo> probes;
    for (const QString& word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::string name = word.mid(2).toStdString();
        if (word.startsWith(QLatin1String("u:")))
            probes.push_back(usb(name));
        else if (word.startsWith(QLatin1String("t:")))
            probes.push_back(tcp(name));
        else
            probes.push_back(lab(name));
    }
    return probes;
}

QStringList uris(const ui::ProbeListModel& model) {
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r).data(ui::ProbeListModel::UriRole).toString();
    return list;
}

}  // namespace

class TestProbeListModel : public QObject {
    Q_OBJECT
private slots:
    void rolesAndOrder() {
        ui::ProbeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProbeInfo busy = usb("0669FF");
        busy.problem = "The probe is used by another program (STM32CubeIDE?); close it and rescan.";
        busy.targetVoltage.reset();
        model.setProbes({lab("h563-open-healthy"), tcp("B2"), busy, usb("0042AA")});

        QCOMPARE(uris(model), (QStringList{QStringLiteral("stlink:0042AA"), QStringLiteral("stlink:0669FF"),
                                           QStringLiteral("stlink-tcp://127.0.0.1:7184/B2"),
                                           QStringLiteral("lab:h563-open-healthy")}));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ui::ProbeListModel::TransportRole).toString(), QStringLiteral("usb"));
        QCOMPARE(first.data(ui::ProbeListModel::ModelRole).toString(), QStringLiteral("STLINK-V3SET"));
        QCOMPARE(first.data(ui::ProbeListModel::SerialRole).toString(), QStringLiteral("0042AA"));
        QCOMPARE(first.data(ui::ProbeListModel::FirmwareRole).toString(), QStringLiteral("V3J15M7"));
        QCOMPARE(first.data(ui::ProbeListModel::VoltageRole).toDouble(), 3.3);
        QCOMPARE(first.data(ui::ProbeListModel::GroupRole).toString(), QStringLiteral("USB"));
        QVERIFY(first.data(ui::ProbeListModel::ProblemRole).toString().isEmpty());
        QVERIFY2(first.data().toString().contains(QLatin1String("STLINK-V3SET")),
                 qPrintable(first.data().toString()));

        const QModelIndex blocked = model.index(1);
        QVERIFY(!blocked.data(ui::ProbeListModel::VoltageRole).isValid());
        QVERIFY(blocked.data(ui::ProbeListModel::ProblemRole)
                    .toString()
                    .contains(QLatin1String("another program")));
        QVERIFY(blocked.data(Qt::ToolTipRole).toString().contains(QLatin1String("another program")));

        QCOMPARE(model.index(2).data(ui::ProbeListModel::GroupRole).toString(),
                 QStringLiteral("ST-LINK server"));
        const QModelIndex board = model.index(3);
        QCOMPARE(board.data(ui::ProbeListModel::GroupRole).toString(), QStringLiteral("Lab"));
        // A lab board is known by its scenario's name.
        QVERIFY2(board.data().toString().contains(QLatin1String("h563-open-healthy")),
                 qPrintable(board.data().toString()));
        QCOMPARE(model.rowOfUri(QStringLiteral("lab:h563-open-healthy")), 3);
        QCOMPARE(model.rowOfUri(QStringLiteral("lab:nothing")), -1);
        QCOMPARE(model.countOfTransport(QStringLiteral("usb")), 2);
        QVERIFY(model.roleNames().contains(ui::ProbeListModel::UriRole));
    }

    void rescanIsMerged_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("inserted");  // rows announced by rowsInserted
        QTest::addColumn<int>("removed");

        QTest::newRow("probe plugged in") << "u:B l:x l:y"
                                          << "u:A u:B l:x l:y" << 1 << 0;
        QTest::newRow("probe pulled out") << "u:A u:B l:x l:y"
                                          << "u:B l:x l:y" << 0 << 1;
        QTest::newRow("same scan again") << "u:A t:S l:x"
                                         << "u:A t:S l:x" << 0 << 0;
        QTest::newRow("server added") << "u:A l:x"
                                      << "u:A t:S t:T l:x" << 2 << 0;
        QTest::newRow("swap one for another") << "u:A u:C l:x"
                                              << "u:B u:C l:x" << 1 << 1;
        QTest::newRow("everything but the lab gone") << "u:A u:B t:S l:x l:y"
                                                     << "l:x l:y" << 0 << 3;
        QTest::newRow("from nothing") << ""
                                      << "u:A l:x" << 2 << 0;
        QTest::newRow("to nothing") << "u:A t:S l:x"
                                    << "" << 0 << 3;
        QTest::newRow("scan order does not matter") << "l:y u:B l:x"
                                                    << "l:x l:y u:B" << 0 << 0;
        QTest::newRow("a listing twice is one row") << "u:A"
                                                    << "u:A u:A l:x" << 1 << 0;
    }

    void rescanIsMerged() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, inserted);
        QFETCH(int, removed);

        ui::ProbeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProbes(parse(before));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        int insertedRows = 0;
        int removedRows = 0;
        connect(
            &model, &QAbstractItemModel::rowsInserted, this,
            [&insertedRows](const QModelIndex&, int first, int last) { insertedRows += last - first + 1; });
        connect(&model, &QAbstractItemModel::rowsRemoved, this,
                [&removedRows](const QModelIndex&, int first, int last) { removedRows += last - first + 1; });

        model.setProbes(parse(after));

        ui::ProbeListModel fresh;
        fresh.setProbes(parse(after));
        QCOMPARE(uris(model), uris(fresh));
        QCOMPARE(insertedRows, inserted);
        QCOMPARE(removedRows, removed);
        QCOMPARE(resets.count(), 0);
    }

    void selectionSurvivesARescan() {
        ui::ProbeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProbes(parse(QStringLiteral("u:B l:h563 l:h7s7")));
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(model.rowOfUri(QStringLiteral("lab:h563"))),
                                  QItemSelectionModel::ClearAndSelect);

        // A probe plugged in ahead of it, another pulled out: the board moves, still selected.
        model.setProbes(parse(QStringLiteral("u:A l:h563 l:h7s7")));
        QCOMPARE(selection.currentIndex().data(ui::ProbeListModel::UriRole).toString(),
                 QStringLiteral("lab:h563"));
        QVERIFY(selection.isSelected(selection.currentIndex()));
        model.setProbes(parse(QStringLiteral("u:A u:B u:C l:h563 l:h7s7")));
        QCOMPARE(selection.currentIndex().row(), 3);
        QCOMPARE(selection.selectedIndexes().size(), 1);
        QCOMPARE(selection.selectedIndexes().first().data(ui::ProbeListModel::UriRole).toString(),
                 QStringLiteral("lab:h563"));

        // A changed voltage on the selected row is an update, not a new row.
        std::vector<ProbeInfo> probes = parse(QStringLiteral("u:A u:B u:C l:h563 l:h7s7"));
        probes[3].targetVoltage = 1.8;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProbes(probes);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(selection.currentIndex().data(ui::ProbeListModel::VoltageRole).toDouble(), 1.8);

        // The selected probe pulled out: nothing is selected any more.
        model.setProbes(parse(QStringLiteral("u:A l:h7s7")));
        QVERIFY(selection.selectedIndexes().isEmpty());
    }
};

QTEST_MAIN(TestProbeListModel)
#include "test_probe_list_model.moc"
