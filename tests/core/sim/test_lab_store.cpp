// A lab board keeps its state between commands: what a host changed through the virtual
// probe (SRAM, option bytes) is still there when the board is opened again, until the
// board is reset; an edited scenario starts the board afresh and says so; a damaged state
// file is a clear error naming the file and the way out; one process at a time per board.

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_store.h"
#include "support/stlink_host.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::lab;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

const char* describe(const Error& e) {
    static std::string text;
    text = e.describe();
    return text.c_str();
}

Scenario load(const std::string& nameOrPath) {
    auto s = loadScenarioByNameOrPath(nameOrPath);
    if (!s)
        qFatal("%s", s.error().describe().c_str());
    return *s;
}

std::string readAll(const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A host's view of one board: the probe's USB commands, the catalog's addresses.
struct Bench {
    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    std::unique_ptr<LabInstance> lab;
    std::optional<testsupport::StlinkHost> host;

    Status open(const Scenario& scenario, const LabStore& store) {
        auto opened = LabInstance::openPersistent(scenario, clock, store, std::chrono::milliseconds(0));
        if (!opened)
            return std::move(opened).error();
        lab = std::move(opened).value();
        host.emplace(*lab->probe(), lab->probe()->identity().usb.outEndpoint);
        return host->connect({0, 1});
    }
    const device::Family& family() { return lab->board().chip().family(); }

    std::uint32_t flashReg(const char* name) { return *family().flashRegisters.address(name); }
    std::uint32_t flashBit(const char* reg, const char* field) {
        return family().flashRegisters.registerNamed(reg)->field(field)->mask();
    }
    std::uint32_t optionAddress(const char* field, bool programming) {
        const auto& table = family().optionBytes;
        const auto* reg = table.registerNamed(table.field(field)->registerName);
        return programming ? table.prgAddress(*reg) : table.curAddress(*reg);
    }
    // The option field in force, as the host reads it through AP1.
    Result<std::uint32_t> optionField(const char* field) {
        auto word = host->read32(1, optionAddress(field, false));
        if (!word)
            return word;
        return family().optionBytes.field(field)->extract(*word);
    }
    // H5: OPTKEYR, *_PRG, OPTSTRT. H7RS: OPTKEYR, PG_OPT, *SRP. Then the change's time passes.
    Status programOption(const char* field, std::uint32_t value) {
        const auto& f = family();
        auto cur = host->read32(1, optionAddress(field, false));
        if (!cur)
            return cur.error();
        const std::uint32_t word = f.optionBytes.field(field)->insert(*cur, value);
        if (Status s = host->write32(1, flashReg("OPTKEYR"), f.keys.optKey1); !s)
            return s;
        if (Status s = host->write32(1, flashReg("OPTKEYR"), f.keys.optKey2); !s)
            return s;
        const bool h7rs = f.flashRegisters.registerNamed("NSCR") == nullptr;
        if (h7rs) {
            if (Status s = host->write32(1, flashReg("OPTCR"), flashBit("OPTCR", "PG_OPT")); !s)
                return s;
            if (Status s = host->write32(1, optionAddress(field, true), word); !s)
                return s;
        } else {
            if (Status s = host->write32(1, optionAddress(field, true), word); !s)
                return s;
            if (Status s = host->write32(1, flashReg("OPTCR"), flashBit("OPTCR", "OPTSTRT")); !s)
                return s;
        }
        clock->advance(std::chrono::milliseconds(100));
        return {};
    }
    // What the row's change reads back as.
    Result<std::uint32_t> readBack(const QString& what) {
        if (what.startsWith("sram:"))
            return host->read32(1, what.mid(5).toUInt(nullptr, 16));
        return optionField(what.mid(7).toLatin1().constData());
    }
    Status change(const QString& what, std::uint32_t value) {
        if (what.startsWith("sram:"))
            return host->write32(1, what.mid(5).toUInt(nullptr, 16), value);
        return programOption(what.mid(7).toLatin1().constData(), value);
    }
};

// A shipped scenario without credential files, copied to a user's folder.
fs::path copyScenario(const QTemporaryDir& dir, const std::string& name, const std::string& as) {
    const fs::path to = fs::path(dir.path().toStdString()) / as;
    fs::copy_file(shippedScenarioDir() / (name + ".json"), to);
    return to;
}

}  // namespace

class TestLabStore : public QObject {
    Q_OBJECT

private slots:
    void changesThroughTheProbeSurviveReopening_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("what");  // sram:ADDRESS or option:FIELD
        QTest::addColumn<quint32>("value");
        QTest::addColumn<quint32>("fresh");  // what a board fresh from the scenario reads
        QTest::newRow("H563 SRAM word") << "h563-open-healthy"
                                        << "sram:20000100" << 0xC0FFEE01u << 0u;
        QTest::newRow("H563 option byte WRPSGn1") << "h563-open-healthy"
                                                  << "option:WRPSGn1" << 0xFFFFFFFEu << 0xFFFFFFFFu;
        QTest::newRow("H7S7 option byte WRPS") << "h7s78-open-healthy"
                                               << "option:WRPS" << 0xFEu << 0xFFu;
        QTest::newRow("H7S7 SRAM word") << "h7s78-open-healthy"
                                        << "sram:24000040" << 0x12345678u << 0u;
    }
    void changesThroughTheProbeSurviveReopening() {
        QFETCH(QString, scenario);
        QFETCH(QString, what);
        QFETCH(quint32, value);
        QFETCH(quint32, fresh);
        QTemporaryDir dir;
        const LabStore store(dir.path().toStdString());
        const Scenario sc = load(scenario.toStdString());
        {
            Bench first;
            QVERIFY2(first.open(sc, store).ok(), "first open");
            QVERIFY(!first.lab->restoredFromStore());
            QCOMPARE(first.readBack(what).valueOr(0xDEAD), fresh);
            const Status changed = first.change(what, value);
            QVERIFY2(changed.ok(), changed.ok() ? "" : describe(changed.error()));
            QCOMPARE(first.readBack(what).valueOr(0xDEAD), value);
            QVERIFY(first.lab->save().ok());
        }
        {
            Bench second;  // the next command, a new clock, a new board object
            const Status opened = second.open(sc, store);
            QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()));
            QVERIFY(second.lab->restoredFromStore());
            QVERIFY(second.lab->notes().empty());
            QCOMPARE(second.readBack(what).valueOr(0xDEAD), value);
        }
        // `rescue lab reset`: back to the scenario's start.
        auto removed = store.reset(sc);
        QVERIFY(removed.ok());
        QVERIFY(*removed);
        QVERIFY(!fs::exists(*store.stateFile(sc)));
        {
            Bench third;
            QVERIFY(third.open(sc, store).ok());
            QVERIFY(!third.lab->restoredFromStore());
            QCOMPARE(third.readBack(what).valueOr(0xDEAD), fresh);
        }
        QVERIFY(!store.reset(sc).valueOr(true));  // nothing left to remove
    }

    void editedScenarioStartsAfreshAndSaysSo_data() {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("fresh");
        QTest::newRow("description edited") << "description" << true;
        QTest::newRow("password file replaced") << "password" << true;
        QTest::newRow("rewritten with the same bytes") << "same" << false;
    }
    void editedScenarioStartsAfreshAndSaysSo() {
        QFETCH(QString, edit);
        QFETCH(bool, fresh);
        QTemporaryDir dir;
        QTemporaryDir storeDir;
        const LabStore store(storeDir.path().toStdString());
        const fs::path base = dir.path().toStdString();
        std::ofstream(base / "password.bin") << "first-password";
        const std::string text = R"({"name": "own-h503", "description": "mine", "chip": "STM32H503RB",
            "lifecycle": "open", "seed": 5, "da": {"method": "password", "password_file": "password.bin"}})";
        std::ofstream(base / "own.json") << text;
        const Scenario sc = load((base / "own.json").string());
        {
            Bench first;
            QVERIFY(first.open(sc, store).ok());
            QVERIFY(first.change("sram:20000000", 0xABCD0001).ok());
            QVERIFY(first.lab->save().ok());
        }
        if (edit == "description") {
            std::string edited = text;
            edited.replace(edited.find("mine"), 4, "edited");
            std::ofstream(base / "own.json") << edited;
        } else if (edit == "password") {
            std::ofstream(base / "password.bin") << "second-password";
        } else {
            std::ofstream(base / "own.json") << text;
        }
        Bench second;
        QVERIFY(second.open(load((base / "own.json").string()), store).ok());
        QCOMPARE(second.lab->restoredFromStore(), !fresh);
        QCOMPARE(second.readBack("sram:20000000").valueOr(0xDEAD), fresh ? 0u : 0xABCD0001u);
        QCOMPARE(second.lab->notes().size(), fresh ? std::size_t(1) : std::size_t(0));
        if (fresh) {
            const QString note = qs(second.lab->notes().front());
            QVERIFY2(note.contains("changed") && note.contains(qs((base / "own.json").string())),
                     qPrintable(note));
        }
    }

    void damagedStateFileIsAClearError_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("detail");  // part of the message
        QTest::newRow("not JSON") << "text"
                                  << "not valid JSON";
        QTest::newRow("cut off mid-write") << "truncate"
                                           << "not valid JSON";
        QTest::newRow("empty file") << "empty"
                                    << "not valid JSON";
        QTest::newRow("another kind of document") << "schema"
                                                  << "rescue.lab-store/1";
        QTest::newRow("no board") << "noboard"
                                  << "board";
        QTest::newRow("a board of another part") << "part"
                                                 << "STM32H563";
        QTest::newRow("malformed option bytes") << "options"
                                                << "malformed";
    }
    void damagedStateFileIsAClearError() {
        QFETCH(QString, damage);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const LabStore store(dir.path().toStdString());
        const Scenario sc = load("h7s78-open-healthy");
        {
            Bench first;
            QVERIFY(first.open(sc, store).ok());
            QVERIFY(first.lab->save().ok());
        }
        const fs::path file = *store.stateFile(sc);
        const std::string saved = readAll(file);
        json doc = json::parse(saved);
        std::string damaged;
        if (damage == "text")
            damaged = "this is not a board\n";
        else if (damage == "truncate")
            damaged = saved.substr(0, saved.size() / 2);
        else if (damage == "schema")
            damaged = R"({"schema": "something-else/1", "board": {}})";
        else if (damage == "noboard")
            doc.erase("board"), damaged = doc.dump();
        else if (damage == "part")
            doc["board"]["part"] = "STM32H563ZIT6", damaged = doc.dump();
        else if (damage == "options")
            doc["board"]["optionBytes"] = 5, damaged = doc.dump();
        std::ofstream(file, std::ios::trunc) << damaged;

        Bench second;
        const Status opened = second.open(sc, store);
        QVERIFY(!opened.ok());
        const Error& e = opened.error();
        QCOMPARE(qs(e.code), QStringLiteral("lab.state-corrupt"));
        QVERIFY2(e.message.find(file.string()) != std::string::npos, describe(e));
        QVERIFY2(qs(e.message).contains(detail), describe(e));
        QVERIFY2(e.hint.find("rescue lab reset h7s78-open-healthy") != std::string::npos, describe(e));
        // The damaged file is kept for the person to look at, until they reset the board.
        QVERIFY(fs::exists(file));
        QVERIFY(store.reset(sc).ok());
        Bench third;
        QVERIFY(third.open(sc, store).ok());
    }

    void savesAreAtomic() {
        QTemporaryDir dir;
        const LabStore store(dir.path().toStdString());
        const Scenario sc = load("h563-open-healthy");
        // A temporary left by a save that was killed half-way is not the state.
        fs::create_directories(store.directory());
        std::ofstream(store.directory() / ".h563-open-healthy.json.Ab12Cd") << "{\"schema\": \"rescue.lab-st";
        Bench bench;
        QVERIFY(bench.open(sc, store).ok());
        QVERIFY(!bench.lab->restoredFromStore());
        for (std::uint32_t i = 0; i < 5; ++i) {
            QVERIFY(bench.change("sram:20000000", i).ok());
            QVERIFY(bench.lab->save().ok());
            const json doc = json::parse(readAll(*store.stateFile(sc)), nullptr, false);
            QVERIFY(!doc.is_discarded());
            QCOMPARE(qs(doc.value("schema", "")), QStringLiteral("rescue.lab-store/1"));
            QCOMPARE(qs(doc["scenario"].value("sha256", "")), qs(*store.fingerprint(sc)));
        }
        // Only the state, its lock and the crashed save's leftover: no temporaries of ours.
        QStringList files;
        for (const auto& entry : fs::directory_iterator(store.directory()))
            files << qs(entry.path().filename().string());
        files.sort();
        QCOMPARE(files, QStringList({".h563-open-healthy.json.Ab12Cd", "h563-open-healthy.json",
                                     "h563-open-healthy.lock"}));
    }

    void oneProcessAtATimePerBoard() {
        QTemporaryDir dir;
        const LabStore store(dir.path().toStdString());
        const Scenario sc = load("h563-closed-da");
        auto holder = LabInstance::openPersistent(sc, std::make_shared<VirtualClock>(), store);
        QVERIFY(holder.ok());
        auto second = LabInstance::openPersistent(sc, std::make_shared<VirtualClock>(), store,
                                                  std::chrono::milliseconds(0));
        QVERIFY(!second.ok());
        QCOMPARE(qs(second.error().code), QStringLiteral("lab.board-busy"));
        QVERIFY2(qs(second.error().message).contains(QString::number(::getpid())), describe(second.error()));
        auto reset = store.reset(sc, std::chrono::milliseconds(0));
        QVERIFY(!reset.ok());
        QCOMPARE(qs(reset.error().code), QStringLiteral("lab.board-busy"));
        // Another board is not affected.
        auto other = LabInstance::openPersistent(load("h563-open-healthy"), std::make_shared<VirtualClock>(),
                                                 store, std::chrono::milliseconds(0));
        QVERIFY(other.ok());
        holder = makeError("test.released", "released");  // drops the instance and its lock
        auto third = LabInstance::openPersistent(sc, std::make_shared<VirtualClock>(), store,
                                                 std::chrono::milliseconds(0));
        QVERIFY2(third.ok(), third.ok() ? "" : describe(third.error()));
    }

    void keysNameTheBoard() {
        QTemporaryDir dir;
        const LabStore store(dir.path().toStdString());
        QCOMPARE(qs(*store.keyFor(load("h563-closed-da"))), QStringLiteral("h563-closed-da"));
        // The shipped file given by path is the same board as its name.
        QCOMPARE(qs(*store.keyFor(load((shippedScenarioDir() / "h563-closed-da.json").string()))),
                 QStringLiteral("h563-closed-da"));
        // A user's copy with the same name is another board, keyed by its path.
        const Scenario copy = load(copyScenario(dir, "h563-open-healthy", "h563-open-healthy.json").string());
        const Scenario renamed = load(copyScenario(dir, "h563-open-healthy", "renamed.json").string());
        QVERIFY(!isShippedScenario(copy));
        const QString key = qs(*store.keyFor(copy));
        QVERIFY2(QRegularExpression("^file-[0-9a-f]{16}$").match(key).hasMatch(), qPrintable(key));
        QVERIFY(key != qs(*store.keyFor(renamed)));
        QCOMPARE(qs(*store.keyFor(copy)), key);  // stable
        Scenario inCode;
        inCode.name = "in-code";
        QCOMPARE(qs(store.keyFor(inCode).error().code), QStringLiteral("lab.not-persistent"));
    }
};

QTEST_GUILESS_MAIN(TestLabStore)
#include "test_lab_store.moc"
