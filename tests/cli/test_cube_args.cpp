// The STM32CubeProgrammer argument translator (app/cli/cube_args.h), row by row.

#include <QtTest>

#include "app/cli/cube_args.h"

using namespace rescue;

class TestCubeArgs : public QObject {
    Q_OBJECT

private slots:
    void translates_data() {
        QTest::addColumn<QString>("cube");
        QTest::addColumn<QString>("rescue");  // empty: not Cube style; "error": refused
        QTest::newRow("not Cube style") << "da discover --probe usb"
                                        << "";
        QTest::newRow("discovery, default probe") << "-c port=SWD debugauth=2"
                                                  << "da discover --probe usb";
        QTest::newRow("discovery, sn") << "-c port=SWD sn=0669FF debugauth=2"
                                       << "da discover --probe stlink:0669FF";
        QTest::newRow("discovery, tuning ignored") << "-c port=swd speed=fast mode=UR ap=1 debugauth=2"
                                                   << "da discover --probe usb";
        QTest::newRow("field report's regression")
            << "-c port=SWD speed=fast per=a key=k.pem cert=c.b64 debugauth=1"
            << "da auth --probe usb --key k.pem --cert c.b64 --permission cube:a";
        QTest::newRow("ST's password script") << "-c port=SWD pwd=./Binary/password.bin debugauth=1"
                                              << "da auth --probe usb --password ./Binary/password.bin "
                                                 "--permission full-regression";
        QTest::newRow("lab probe, json, yes")
            << "--json -c port=SWD probe=lab:h563-closed-da per=b key=k cert=c pwd=p debugauth=1 --yes"
            << "--json da auth --probe lab:h563-closed-da --key k --cert c --password p --permission cube:b "
               "--yes";
        QTest::newRow("close debug is not ours") << "-c port=SWD debugauth=3"
                                                 << "error";
        QTest::newRow("UART port") << "-c port=COM3 debugauth=2"
                                   << "error";
        QTest::newRow("unknown word") << "-c port=SWD -w fw.bin debugauth=2"
                                      << "error";
    }
    void translates() {
        QFETCH(QString, cube);
        QFETCH(QString, rescue);
        std::vector<std::string> args{"rescue"};
        for (const auto& w : cube.split(' '))
            args.push_back(w.toStdString());
        const auto out = cli::translateCubeArgs(args);
        if (rescue.isEmpty()) {
            QVERIFY(!out.has_value());
            return;
        }
        QVERIFY(out.has_value());
        if (rescue == "error") {
            QVERIFY(!out->ok());
            QCOMPARE(QString::fromStdString(out->error().code), QStringLiteral("cli.usage"));
            return;
        }
        QVERIFY2(out->ok(), out->ok() ? "" : out->error().message.c_str());
        QStringList got;
        for (std::size_t i = 1; i < (*out)->size(); ++i)
            got << QString::fromStdString((**out)[i]);
        QCOMPARE(got.join(' '), rescue);
    }
};

QTEST_GUILESS_MAIN(TestCubeArgs)
#include "test_cube_args.moc"
