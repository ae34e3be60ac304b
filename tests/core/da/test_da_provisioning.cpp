// Provisioning a DA configuration from an .obk file (core/auth/da_provisioning.h, ST's -sdp)
// against lab boards: a board stopped in Provisioning with no DA takes the project's (and
// ST's) .obk through the boot ROM service, a DA discovery then reports it provisioned, and a
// full regression with the matching credentials brings it to Open. A malformed file, a chip
// outside Provisioning and a real probe write nothing; the real probe gets ST's command.

#include <QtTest>

#include "core/auth/da_provisioning.h"
#include "core/auth/da_session.h"
#include "core/auth/password.h"
#include "core/device/catalog.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
namespace fs = std::filesystem;

namespace {

const fs::path kCredentials = fs::path(RESCUE_SOURCE_DIR) / "resources/credentials";
const fs::path kTestdata = RESCUE_TESTDATA_DIR;

std::string describe(const Error& e) {
    return e.describe();
}

std::shared_ptr<const device::Catalog> catalog() {
    return device::sharedCatalog().value();
}

// A shipped scenario, or an H7S7 stopped in Provisioning (no shipped board is there).
sim::Scenario scenario(const QString& name) {
    if (name == "h7s7-provisioning") {
        sim::Scenario sc;
        sc.name = "h7s7-provisioning";
        sc.chip = "STM32H7S7L8H6H";
        sc.lifecycle = "provisioning";
        sc.probe.model = "STLINK-V3SET";
        sc.probe.nrstWired = true;
        sc.seed = 5;
        return sc;
    }
    auto sc = sim::loadScenarioByNameOrPath(name.toStdString()).value();
    sc.seed = 5;
    sc.probe.nrstWired = true;
    return sc;
}

bool hasDa(testsupport::LabProbeRig& rig) {
    return rig.board().withChip([](sim::stm32::Stm32Chip& c) { return c.daConfiguration().has_value(); });
}

Result<auth::DaCredentials> credentials(const fs::path& dir, const QString& method) {
    if (method == "password") {
        auto pw = auth::loadPasswordFile(dir / "Binary/password.bin");
        if (!pw)
            return std::move(pw).error();
        return auth::DaCredentials(auth::PasswordCredentials{pw->password});
    }
    auto chain = auth::loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
    if (!chain)
        return std::move(chain).error();
    auto key = auth::PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
    if (!key)
        return std::move(key).error();
    return auth::DaCredentials(
        auth::CertificateCredentials{chain->chain, std::make_shared<auth::PrivateKey>(std::move(*key))});
}

}  // namespace

class TestDaProvisioning : public QObject {
    Q_OBJECT

private slots:
    void provisionThenDiscoverThenRegress_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("tzen");     // H5: TZEN chooses the method; "" leaves the scenario's
        QTest::addColumn<QString>("package");  // credentials folder: project's, or st:<testdata dir>
        QTest::addColumn<QString>("obk");
        QTest::addColumn<QString>("method");
        QTest::newRow("H533 in Provisioning, certificates (DA_Config.obk)") << "h533-provisioning-no-da"
                                                                            << ""
                                                                            << "h5"
                                                                            << "DA_Config.obk"
                                                                            << "certificate";
        QTest::newRow("H533 in Provisioning, TZ off, password (DA_ConfigWithPassword.obk)")
            << "h533-provisioning-no-da"
            << "0xC3"
            << "h5"
            << "DA_ConfigWithPassword.obk"
            << "password";
        QTest::newRow("H7S7 in Provisioning, certificates (DA_Config.obk)") << "h7s7-provisioning"
                                                                            << ""
                                                                            << "h7rs"
                                                                            << "DA_Config.obk"
                                                                            << "certificate";
        QTest::newRow("H7S7 in Provisioning, password (DA_ConfigWithPassword.obk)")
            << "h7s7-provisioning"
            << ""
            << "h7rs"
            << "DA_ConfigWithPassword.obk"
            << "password";
        QTest::newRow("H533 in Provisioning, ST's own H533 package") << "h533-provisioning-no-da"
                                                                     << ""
                                                                     << "st:st-da-h533"
                                                                     << "DA_Config.obk"
                                                                     << "certificate";
        QTest::newRow("H7S7 in Provisioning, ST's own STM32H7S78-DK package") << "h7s7-provisioning"
                                                                              << ""
                                                                              << "st:st-da-h7rs"
                                                                              << "DA_Config.obk"
                                                                              << "certificate";
    }
    void provisionThenDiscoverThenRegress() {
        QFETCH(QString, scenario);
        QFETCH(QString, tzen);
        QFETCH(QString, package);
        QFETCH(QString, obk);
        QFETCH(QString, method);
        const fs::path dir = package.startsWith("st:") ? kTestdata / package.mid(3).toStdString()
                                                       : kCredentials / package.toStdString();
        if (package.startsWith("st:") && !fs::exists(dir / "Keys/key_3_leaf.pem"))
            QSKIP(
                "ST's sample DA files are not in ../shared/testdata: their licence keeps them out of the "
                "repository.");
        auto sc = ::scenario(scenario);
        if (!tzen.isEmpty())
            sc.optionBytes["TZEN"] = tzen.toStdString();
        auto rig = testsupport::LabProbeRig::create(sc);
        QVERIFY2(rig.ok(), rig.ok() ? "" : describe(rig.error()).c_str());
        auto& r = **rig;
        QCOMPARE(r.state(), std::string("provisioning"));
        QVERIFY(!hasDa(r));

        const fs::path file = dir / "Binary" / obk.toStdString();
        auto loaded = auth::loadObkFile(file);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : describe(loaded.error()).c_str());
        auto outcome = auth::provisionDaConfiguration(r.labProbe(), catalog(), *loaded, file);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : describe(outcome.error()).c_str());
        QVERIFY(outcome->written);
        // The discovery the provisioning ran saw it, as a scenario's "da" section would show.
        QCOMPARE(outcome->seen.status, optionbytes::DaProvisioning::Provisioned);
        QVERIFY(hasDa(r));
        QCOMPARE(r.state(), std::string("provisioning"));

        // A DA discovery of its own sees the configuration and the method.
        auth::DaSession session(r.labProbe(), catalog());
        QVERIFY2(session.open().ok(), "the DA channel did not open after provisioning");
        auto d = session.discover();
        QVERIFY2(d.ok(), d.ok() ? "" : describe(d.error()).c_str());
        QVERIFY(d->parsed.info.stIntegrity.has_value());
        QCOMPARE(*d->parsed.info.stIntegrity, 0xEAEAEAEAu);

        // The matching credentials regress the chip to Open (in the same reset).
        auto creds = credentials(dir, method);
        QVERIFY2(creds.ok(), creds.ok() ? "" : describe(creds.error()).c_str());
        auto permission = session.permissionFromText("full-regression");
        QVERIFY(permission.ok());
        auto regressed = session.authenticate(*creds, *permission);
        QVERIFY2(regressed.ok(), regressed.ok() ? "" : describe(regressed.error()).c_str());
        QCOMPARE(regressed->stateAfter, std::string("open"));
        QCOMPARE(r.state(), std::string("open"));
        QVERIFY(!hasDa(r));  // the regression erased the configuration with the OBK
    }

    // Nothing reaches the chip unless its ROM would take the file, and the sentence says why.
    void badFileOrStateWritesNothing_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("file");  // under resources/credentials, or a damage applied to h5's
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("sentence");  // part of the message
        QTest::newRow("H7RS file on an H533") << "h533-provisioning-no-da"
                                              << "h7rs/Binary/DA_Config.obk"
                                              << "da.obk.destination"
                                              << "not a DA configuration destination";
        QTest::newRow("H5 file on an H7S7") << "h7s7-provisioning"
                                            << "h5/Binary/DA_Config.obk"
                                            << "da.obk.destination"
                                            << "STM32H7";
        QTest::newRow("payload hash damaged") << "h533-provisioning-no-da"
                                              << "damage:hash"
                                              << "da.obk.integrity"
                                              << "integrity hash does not match";
        QTest::newRow("payload cut to 80 bytes") << "h533-provisioning-no-da"
                                                 << "damage:short"
                                                 << "da.obk.size"
                                                 << "96 bytes";
        QTest::newRow("H503 has no OBK") << "h503-closed-password"
                                         << "h5/Binary/DA_Config.obk"
                                         << "da.obk.no-obk"
                                         << "takes no .obk file";
        QTest::newRow("H7RS DA_ConfigLock is never written") << "h7s7-provisioning"
                                                             << "lock"
                                                             << "da.provision-lock"
                                                             << "no Debug Authentication ever";
        QTest::newRow("H563 in Open") << "h563-open-healthy"
                                      << "h5/Binary/DA_Config.obk"
                                      << "da.provision-state"
                                      << "only in Provisioning";
        // H7RS registers read Provisioning like Open: the ROM itself refuses.
        QTest::newRow("H7S7 in Open: the ROM refuses") << "h7s78-open-healthy"
                                                       << "h7rs/Binary/DA_Config.obk"
                                                       << "lab.obk-refused"
                                                       << "only in Provisioning";
    }
    void badFileOrStateWritesNothing() {
        QFETCH(QString, scenario);
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, sentence);
        auto rig = testsupport::LabProbeRig::create(::scenario(scenario));
        QVERIFY2(rig.ok(), rig.ok() ? "" : describe(rig.error()).c_str());
        auto& r = **rig;
        const bool hadDa = hasDa(r);
        auto obk =
            file == "lock"
                ? Result<auth::ObkFile>(auth::buildDaConfigLock(0x00B40008, 1))
                : auth::loadObkFile(kCredentials / (file.startsWith("damage:") ? "h5/Binary/DA_Config.obk"
                                                                               : file.toStdString()));
        QVERIFY(obk.ok());
        if (file == "damage:hash")
            obk->payload[40] ^= 0x01;
        if (file == "damage:short")
            obk->payload.resize(68);
        const auto before = r.board().withChip([](sim::stm32::Stm32Chip& c) { return c.daConfiguration(); });
        auto outcome = auth::provisionDaConfiguration(r.labProbe(), catalog(), *obk, "bad.obk");
        QVERIFY(!outcome.ok());
        QCOMPARE(QString::fromStdString(outcome.error().code), code);
        QVERIFY2(QString::fromStdString(outcome.error().message).contains(sentence),
                 outcome.error().message.c_str());
        QVERIFY(outcome.error().message.ends_with("."));
        QVERIFY2(!outcome.error().hint.empty(), describe(outcome.error()).c_str());
        const auto after = r.board().withChip([](sim::stm32::Stm32Chip& c) { return c.daConfiguration(); });
        QCOMPARE(hasDa(r), hadDa);
        QCOMPARE(after.has_value(), before.has_value());
        if (before)
            QCOMPARE(after->credentialHash, before->credentialHash);
    }

    // A probe without the boot ROM services (every real one) writes nothing and gives the
    // exact STM32CubeProgrammer line.
    void realProbePrintsTheCubeCommand() {
        auto rig = testsupport::LabProbeRig::create(::scenario("h533-provisioning-no-da"));
        QVERIFY(rig.ok());
        auto& r = **rig;
        testsupport::RomProbe real(*r.probe, nullptr);
        const fs::path file = kCredentials / "h5/Binary/DA_Config.obk";
        auto obk = auth::loadObkFile(file);
        QVERIFY(obk.ok());
        auto outcome = auth::provisionDaConfiguration(real, catalog(), *obk, file);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : describe(outcome.error()).c_str());
        QVERIFY(!outcome->written);
        QCOMPARE(outcome->cubeCommand,
                 "STM32_Programmer_CLI -c port=SWD speed=fast ap=1 mode=Hotplug -sdp " + file.string());
        QCOMPARE(outcome->stateBefore, std::string("Provisioning"));
        QVERIFY(!hasDa(r));
        bool said = false;
        for (const auto& n : outcome->notes)
            said = said || (n.find("nothing was written") != std::string::npos &&
                            n.find(outcome->cubeCommand) != std::string::npos);
        QVERIFY(said);
    }
};

QTEST_GUILESS_MAIN(TestDaProvisioning)
#include "test_da_provisioning.moc"
