// Writes the fuzz targets' seed corpora from the project's own material: the lab's demo
// credentials (resources/credentials), its scenarios, a whole DA session with the lab's
// ADAC device, ST-LINK sessions recorded against lab boards (USB replies, and both
// directions of the ST-LINK server protocol), option-byte exports and a journal the engine
// writes. ST's sample files are never read here: run.sh adds them at run time.
//
//   fuzz_make_corpus OUT_DIR     (tests/fuzz/make_corpus.sh runs it on tests/fuzz/corpus)
//
// Every seed is written in the layout its harness reads (the knob bytes in front), so each
// one reaches deep into its parser from the first run.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fmt/format.h>

#include "core/auth/certificate_chain.h"
#include "core/auth/challenge.h"
#include "core/auth/discovery.h"
#include "core/auth/file_io.h"
#include "core/auth/keys.h"
#include "core/auth/obk_file.h"
#include "core/auth/packet.h"
#include "core/auth/password.h"
#include "core/auth/random_source.h"
#include "core/auth/sha256.h"
#include "core/auth/st_permissions.h"
#include "core/auth/token.h"
#include "core/common/clock.h"
#include "core/device/catalog.h"
#include "core/engine/journal.h"
#include "core/optionbytes/ob_json.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/probe/stlink/tcp_stlink_link.h"
#include "core/sim/adac_device.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/scenario.h"
#include "core/sim/stlink/server_dispatcher.h"
#include "core/transport/stlink_tcp_client.h"

using namespace rescue;
namespace fs = std::filesystem;

namespace {

fs::path g_out;
const fs::path g_resources = fs::path(RESCUE_SOURCE_DIR) / "resources";

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "make_corpus: %s\n", what.c_str());
    std::exit(1);
}

template <class T>
T must(Result<T> r, const std::string& what) {
    if (!r)
        die(what + ": " + r.error().describe());
    return std::move(r).value();
}

Bytes bytesOf(std::string_view text) {
    return Bytes(text.begin(), text.end());
}

void put(const std::string& target, const std::string& name, ByteView bytes) {
    const fs::path dir = g_out / target;
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}
void put(const std::string& target, const std::string& name, std::string_view text) {
    put(target, name, bytesOf(text));
}

Bytes fileBytes(const fs::path& path) {
    return must(auth::readCredentialFile(path), path.string());
}

Bytes concat(std::initializer_list<ByteView> parts) {
    Bytes out;
    for (auto p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

// ---- credentials ---------------------------------------------------------------------

void credentials(const std::string& family) {
    const fs::path dir = g_resources / "credentials" / family;
    for (const char* name : {"cert_root", "cert_leaf", "cert_intermediate_chain", "cert_leaf_chain"}) {
        const fs::path file = dir / "Certificates" / (std::string(name) + ".b64");
        put("certificate", family + "_" + name + ".b64", fileBytes(file));
        auto chain = must(auth::loadChainFile(file), file.string()).chain;
        put("certificate", family + "_" + name + ".bin", auth::chainToBytes(chain));
        put("certificate", family + "_" + name + ".pem", auth::chainToPem(chain));
    }
    auto leafChain =
        must(auth::loadChainFile(dir / "Certificates" / "cert_leaf_chain.b64"), "leaf chain").chain;
    put("certificate", family + "_root.value", auth::serializeCertificate(leafChain.certificates.front()));
    put("certificate", family + "_leaf.cert", auth::certificateToBareBase64(leafChain.certificates.back()));

    // The chain as `rescue da verify` checks it: root hash and signing key known.
    const auth::PublicKey rootPub =
        must(auth::PublicKey::loadFile(dir / "Keys" / "key_1_root_pub.pem"), "root");
    const auth::PublicKey leafPub =
        must(auth::PublicKey::loadFile(dir / "Keys" / "key_3_leaf_pub.pem"), "leaf");
    const auto rootHash = rootPub.fingerprint();
    put("chain_validation", family + "_hash_key.bin",
        concat({Bytes{0x11}, rootHash, leafPub.raw(), auth::chainToBytes(leafChain)}));
    const auto mask = leafChain.certificates.back().permissions.bytes();
    put("chain_validation", family + "_masks_b64.bin",
        concat({Bytes{0x80 | 0x02 | 0x04}, mask, mask, bytesOf(auth::chainToBase64(leafChain))}));
    Bytes scope{0x08};
    appendLe16(scope, 0);
    appendLe32(scope, 0);
    scope.resize(scope.size() + 16, 0);
    put("chain_validation", family + "_scope.bin", concat({scope, auth::chainToBytes(leafChain)}));

    for (const char* key : {"key_1_root", "key_1_root_pub", "key_3_leaf", "key_3_leaf_pub"})
        put("keys", family + "_" + key + ".pem", fileBytes(dir / "Keys" / (std::string(key) + ".pem")));
    put("keys", family + "_root_pub.der", rootPub.toSpkiDer());
    put("keys", family + "_root_pub.raw", rootPub.raw());

    put("obk_file", family + "_DA_Config.obk", fileBytes(dir / "Binary" / "DA_Config.obk"));
    put("obk_file", family + "_DA_ConfigWithPassword.obk",
        fileBytes(dir / "Binary" / "DA_ConfigWithPassword.obk"));
    const Bytes password = fileBytes(dir / "Binary" / "password.bin");
    put("password", family + "_password.bin", password);
    put("password", family + "_password.tlv", auth::passwordTlv(password).view());

    // DA_Config.xml in ST's layout, both methods, at the family's destinations.
    const auto daFamily = family == "h5" ? auth::DaFamily::Stm32H5 : auth::DaFamily::Stm32H7rs;
    const auto layout = auth::daObkLayout(daFamily);
    const std::string mcu = family == "h5" ? "STM32H573" : "STM32H7S78";
    put("da_config_xml", family + "_DA_Config.xml",
        fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Obdata>\n  <Info>\n"
                    "    <Title>DA configuration</Title>\n    <ObDestAddress>0x{:08X}</ObDestAddress>\n"
                    "    <DoEncryption>1</DoEncryption>\n    <GlobalAlign>16</GlobalAlign>\n"
                    "    <MCU>{}</MCU>\n  </Info>\n  <File>\n    <Name>Root public key</Name>\n"
                    "    <Value>./../Keys/key_1_root_pub.pem</Value>\n    <KeyType>ecdsa-p256</KeyType>\n"
                    "  </File>\n  <Permission>\n    <Value>0x{}</Value>\n  </Permission>\n"
                    "  <Output>\n    <Value>./../Binary/DA_Config.obk</Value>\n  </Output>\n</Obdata>\n",
                    layout.certificateDestination, mcu,
                    family == "h5" ? "00005077" : "80000000000000000000000000004007"));
    put("da_config_xml", family + "_DA_ConfigWithPassword.xml",
        fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Obdata>\n  <Info>\n"
                    "    <Title>DA password</Title>\n    <ObDestAddress>0x{:08X}</ObDestAddress>\n"
                    "    <DoEncryption>1</DoEncryption>\n    <MCU>{}</MCU>\n  </Info>\n"
                    "  <Text>\n    <Value>{}</Value>\n  </Text>\n  <Data>\n    <Value>0x00000000</Value>\n"
                    "  </Data>\n  <Output>\n    <Value>.\\..\\Binary\\DA_ConfigWithPassword.obk</Value>\n"
                    "  </Output>\n</Obdata>\n",
                    layout.passwordDestination, mcu, std::string(password.begin(), password.end())));
}

// ---- a DA session with the lab's ADAC device -------------------------------------------

void daSession() {
    const fs::path dir = g_resources / "credentials" / "h5";
    const auto chain = must(auth::loadChainFile(dir / "Certificates" / "cert_leaf_chain.b64"), "chain").chain;
    const auto rootPub = must(auth::PublicKey::loadFile(dir / "Keys" / "key_1_root_pub.pem"), "root");
    const auto leafKey = must(auth::PrivateKey::loadFile(dir / "Keys" / "key_3_leaf.pem"), "leaf key");
    const auto mask = chain.certificates.back().permissions;

    sim::AdacDeviceConfig config;
    config.provisioning = sim::AdacProvisioning::certificate(rootPub.fingerprint(), mask);
    config.options.checkPlatformScope = false;
    auto& d = config.discovery;
    d.authVersion = std::array<std::uint8_t, 2>{1, 0};
    d.vendorId = std::array<std::uint8_t, 2>{0x20, 0x00};
    d.socClass = 0x484;
    d.socId =
        std::array<std::uint8_t, 16>{0x59, 0x00, 0x45, 0x00, 0x12, 0x51, 0x33, 0x30, 0x34, 0x36, 0x32, 0x38};
    d.psaLifecycle = auth::stLifecycleBytes(0x72);
    d.sdaId = std::array<std::uint8_t, 4>{1, 2, 0, 0};
    d.tokenFormats = std::vector<std::uint16_t>{0x0200};
    d.certFormats = std::vector<std::uint16_t>{0x0201};
    d.cryptosystems = std::vector<std::uint8_t>{0x01};
    d.stIntegrity = 0xEAEAEAEA;
    sim::AdacDevice device(config, auth::makeSeededRandom(7));

    int n = 0;
    auto exchange = [&](const auth::AdacRequest& request, const std::string& name) {
        const Bytes packet = auth::encodeRequest(request);
        put("adac_packet", fmt::format("{:02}_{}_request.bin", n, name), packet);
        put("adac_packet", fmt::format("{:02}_{}_request_bytes.bin", n, name),
            auth::encodeRequest(request, auth::DataCountUnit::Bytes));
        const Bytes response = device.handleRequest(packet);
        put("adac_packet", fmt::format("{:02}_{}_response.bin", n, name), response);
        ++n;
        return must(auth::decodeResponse(response), name);
    };

    auto discovery = exchange(auth::makeRequest(auth::AdacCommand::Discovery), "discovery");
    put("discovery", "lab_h5_padded.bin", discovery.data);
    put("discovery", "lab_h5_unpadded.bin", auth::encodeDiscovery(d, auth::TlvPadding::Unpadded));
    put("tlv", "discovery_padded.bin", discovery.data);
    put("tlv", "discovery_unpadded.bin", auth::encodeDiscovery(d, auth::TlvPadding::Unpadded));

    auto start = exchange(auth::makeRequest(auth::AdacCommand::AuthStart), "auth_start");
    const auto challenge = must(auth::decodeChallenge(start.data), "challenge");
    for (std::size_t i = 0; i < chain.certificates.size(); ++i) {
        const Bytes tlv = auth::certificateTlv(chain.certificates[i]);
        if (i == 0)
            put("tlv", "certificate_root.bin", tlv);
        (void)exchange(auth::makeRequest(auth::AdacCommand::AuthResponse, tlv),
                       fmt::format("certificate{}", i));
    }
    const auth::Token token = auth::buildToken(mask, challenge.vector, leafKey);
    put("tlv", "token.bin", auth::tokenTlv(token));
    (void)exchange(auth::makeRequest(auth::AdacCommand::AuthResponse, auth::tokenTlv(token)), "token");

    put("token", "h5_token.bin", auth::serializeToken(token));
    put("token", "h5_token.tlv", auth::tokenTlv(token));
    put("token_verify", "h5_signed_token.bin",
        concat({Bytes{0x00}, challenge.vector, auth::serializeToken(token)}));
    put("token_verify", "h5_resign_token.bin",
        concat({Bytes{0x02}, challenge.vector, auth::serializeToken(token)}));
    const Bytes message = auth::tokenSignedMessage(token, challenge.vector);
    put("token_verify", "h5_raw_signature.bin",
        concat({Bytes{0x01}, challenge.vector, leafKey.publicKey().raw(), token.signature, message}));

    // The password method: the TLV a host sends in AUTH_RESPONSE.
    const Bytes password = fileBytes(g_resources / "credentials" / "h503" / "da_password.bin");
    put("adac_packet", "password_request.bin",
        auth::encodeRequest(
            auth::makeRequest(auth::AdacCommand::AuthResponse, auth::passwordTlv(password).view())));
    put("password", "h503_da_password.bin", password);
}

// ---- ST-LINK sessions against lab boards -------------------------------------------------

std::unique_ptr<sim::lab::LabInstance> labBoard(const std::string& scenario) {
    auto sc = must(sim::loadScenarioByNameOrPath(scenario), scenario);
    return must(sim::lab::LabInstance::create(std::move(sc), std::make_shared<VirtualClock>()), scenario);
}

// Wraps the real link and writes what fuzz_stlink_reply's FuzzLink reads: 0xFF, the reply.
class RecordingLink final : public probe::stlink::StlinkLink {
public:
    RecordingLink(std::unique_ptr<StlinkLink> inner, Bytes& out) : m_inner(std::move(inner)), m_out(out) {}
    Result<Bytes> transact(const probe::stlink::Request& request,
                           std::chrono::milliseconds timeout) override {
        auto reply = m_inner->transact(request, timeout);
        if (reply) {
            m_out.push_back(0xFF);
            m_out.insert(m_out.end(), reply->begin(), reply->end());
        } else {
            m_out.push_back(0x00);
        }
        return reply;
    }
    std::uint64_t roundTrips() const override { return m_inner->roundTrips(); }

private:
    std::unique_ptr<StlinkLink> m_inner;
    Bytes& m_out;
};

// The operations of fuzz_stlink_reply's loop, with their argument bytes written first.
void stlinkReplies(const std::string& scenario) {
    auto lab = labBoard(scenario);
    const auto& identity = lab->probe()->identity();
    Bytes out;
    auto link =
        std::make_unique<RecordingLink>(std::make_unique<probe::stlink::BulkStlinkLink>(
                                            lab->probe(), identity.usb.outEndpoint, identity.usb.inEndpoint),
                                        out);
    probe::stlink::StlinkProbeOptions options;
    options.waitBudget = std::chrono::milliseconds(50);
    auto probe =
        must(probe::stlink::StlinkProbe::open(std::move(link), {}, lab->clockPtr(), options), "open");
    (void)probe->attach();
    auto op = [&](std::initializer_list<std::uint8_t> bytes) { out.insert(out.end(), bytes); };
    op({1});
    (void)probe->targetVoltage();
    op({4, 0x00});
    (void)probe->readDp(0);
    op({6, 0x00, 0xFC});
    (void)probe->readAp(0, 0xFC);
    op({8, 0x00, 0x00, 0x40, 0x04, 0xE0, 0x04, 0x00, 0x02});  // 4 bytes at DBGMCU IDCODE, 32-bit
    (void)probe->readMemory(0, 0xE0044000, 4);
    op({8, 0x01, 0x00, 0x00, 0x00, 0x08, 0x20, 0x00, 0x00});  // 32 bytes of flash, 8-bit
    (void)probe->readMemory(1, 0x08000000, 32, probe::AccessWidth::Bits8);
    op({9, 0x01, 0x00, 0x00, 0x00, 0x20, 0x02, 0x10, 0x00});  // 16 bytes to RAM, 32-bit
    (void)probe->writeMemory(1, 0x20000000, Bytes(16, 0xA5));
    op({3, 0x02});
    (void)probe->driveNrst(probe::NrstDrive::Pulse);
    op({10});
    (void)probe->detach();
    put("stlink_reply", scenario + ".bin", out);
}

// A loopback server in front of a ServerDispatcher that keeps what both sides said.
struct RecordingServer {
    sim::stlink::ServerDispatcher dispatcher;
    int listenFd = -1;
    std::uint16_t port = 0;
    Bytes requests, replies;
    std::thread thread;

    RecordingServer() {
        listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(listenFd, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(listenFd, 1) != 0 ||
            ::getsockname(listenFd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            die("cannot listen on loopback");
        port = ntohs(addr.sin_port);
    }
    void start() {
        thread = std::thread([this] {
            const int fd = ::accept(listenFd, nullptr, nullptr);
            Bytes pending;
            std::uint8_t buffer[4096];
            for (;;) {
                const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                pending.insert(pending.end(), buffer, buffer + n);
                requests.insert(requests.end(), buffer, buffer + n);
                for (;;) {
                    auto length = dispatcher.requestLength(pending);
                    if (!length || !*length || pending.size() < **length)
                        break;
                    const Bytes reply = dispatcher.handle(1, ByteView(pending).first(**length));
                    pending.erase(pending.begin(), pending.begin() + std::ptrdiff_t(**length));
                    replies.insert(replies.end(), reply.begin(), reply.end());
                    (void)!::send(fd, reply.data(), reply.size(), MSG_NOSIGNAL);
                }
            }
            ::close(fd);
        });
    }
    ~RecordingServer() {
        if (thread.joinable())
            thread.join();
        ::close(listenFd);
    }
};

// The session fuzz_stlink_tcp_client runs, against a lab board behind the dispatcher: the
// knobs it reads, then what the server answered; the client's requests seed the server side.
void stlinkServer(const std::string& scenario) {
    auto lab = labBoard(scenario);
    Bytes knobs, requests, replies;
    {
        RecordingServer server;
        if (!server.dispatcher.addProbe(lab->probe()))
            die("addProbe");
        server.start();
        transport::StlinkTcpOptions options;
        auto client = std::shared_ptr<transport::StlinkTcpClient>(
            must(transport::StlinkTcpClient::connect("127.0.0.1", server.port, options), "connect"));
        (void)must(client->serverVersion(), "version");
        const auto devices = must(client->listDevices(), "list");
        const std::uint32_t deviceId = devices.at(0).deviceId;
        appendLe32(knobs, deviceId);
        const auto connectId = must(client->openDevice(deviceId), "open");
        probe::stlink::CommandBlock block{};
        block[0] = probe::stlink::cmd::kGetVersion;
        knobs.insert(knobs.end(), block.begin(), block.end());
        knobs.push_back(std::uint8_t(probe::stlink::tcp::Direction::Read));
        knobs.push_back(0);  // no data out
        appendLe16(knobs, 6);
        (void)client->sendUsbCommand(connectId, block, probe::stlink::tcp::Direction::Read, {}, 6,
                                     std::chrono::milliseconds(200));
        {
            auto link = std::make_unique<probe::stlink::TcpStlinkLink>(client, connectId);
            auto probe =
                must(probe::stlink::StlinkProbe::open(std::move(link), {}, lab->clockPtr()), "probe");
            (void)probe->attach();
            (void)probe->readMemory(0, 0xE0044000, 4);
            (void)probe->readAp(1, 0xFC);
            (void)client->closeDevice(connectId);
        }
        client.reset();  // closes the socket: the server thread ends
        server.thread.join();
        requests = server.requests;
        replies = server.replies;
    }
    put("stlink_tcp_client", scenario + ".bin", concat({Bytes{std::uint8_t(knobs.size())}, knobs, replies}));
    put("stlink_server", scenario + ".bin", concat({Bytes{0x00}, requests}));
    put("stlink_server", scenario + "_two_clients.bin", concat({Bytes{0x8A}, requests}));
}

// ---- files a person hands the workbench ------------------------------------------------

void scenarios() {
    for (const auto& entry : fs::directory_iterator(g_resources / "scenarios"))
        if (entry.path().extension() == ".json")
            put("scenario", entry.path().filename().string(), fileBytes(entry.path()));
}

// What `rescue ob read --export` writes: a blank image of each family, and one per
// scenario's part with the scenario's option bytes as the lab board holds them.
void optionByteExports() {
    const auto catalog = must(device::sharedCatalog(), "catalog");
    for (const auto& family : catalog->families())
        put("ob_json", family->id + "_blank.json",
            optionbytes::exportJson(optionbytes::OptionByteImage::blank(family)).dump(2));
    for (const char* name : {"h533-tzclosed-no-da", "h7s78-open-wrp-all", "h563-closed-da"}) {
        const auto scenario = must(sim::loadScenarioByNameOrPath(name), name);
        const auto part = must(catalog->resolvePart(scenario.chip), scenario.chip);
        auto image = optionbytes::OptionByteImage::blank(part.family);
        for (const auto& [field, value] : scenario.optionBytes)
            if (value.is_string())
                (void)image.setField(field, std::uint32_t(std::stoul(value.get<std::string>(), nullptr, 0)));
        put("ob_json", std::string(name) + ".json", optionbytes::exportJson(image, &part).dump(2));
    }
}

// A journal as the engine writes it: one line per event kind, then a line cut short.
void journal() {
    const fs::path dir = fs::temp_directory_path() / fmt::format("rescue-fuzz-journal-{}", ::getpid());
    fs::remove_all(dir);
    {
        auto j = must(engine::Journal::open({dir, 2, 1u << 20}), "journal");
        engine::Event e;
        e.sequence = 1;
        e.session = 1;
        e.job = 7;
        e.wallTime = std::chrono::system_clock::time_point(std::chrono::seconds(1'795'000'000));
        e.payload = engine::JobStarted{"rescue da discover"};
        (void)j->append(e);
        e.sequence = 2;
        e.payload = engine::LogLine{engine::LogLevel::Info, "DA", "DISCOVERY answered in 12 ms.",
                                    nlohmann::json{{"words", 34}}};
        (void)j->append(e);
        e.sequence = 3;
        e.payload = engine::Progress{0.5, "Reading option bytes"};
        (void)j->append(e);
        e.sequence = 4;
        e.payload = engine::Prompt{4,
                                   "manual-reset",
                                   "Reset",
                                   "Press RESET.",
                                   {{"released", "Released"}},
                                   "",
                                   std::chrono::milliseconds(30000),
                                   nlohmann::json{{"countdown", 30}}};
        (void)j->append(e);
        e.sequence = 5;
        e.payload = engine::StateChange{"target", "Closed", "STM32H563ZI"};
        (void)j->append(e);
        e.sequence = 6;
        e.payload = engine::JobEnded{
            engine::JobOutcome::Failed, nullptr,
            makeError("probe.timeout", "The probe did not answer in time.", "Check the cable.")
                .with("command", "READMEM_32BIT")};
        (void)j->append(e);
        Bytes text = fileBytes(j->path());
        put("journal", "engine_journal.jsonl", text);
        text.resize(text.size() - 20);  // a power cut mid-line
        put("journal", "cut_short.jsonl", text);
    }
    fs::remove_all(dir);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2)
        die("usage: fuzz_make_corpus OUT_DIR");
    g_out = argv[1];
    credentials("h5");
    credentials("h7rs");
    daSession();
    for (const char* scenario : {"h563-open-healthy", "h7s78-closed-nrst-unwired", "h533-tzclosed-no-da"})
        stlinkReplies(scenario);
    for (const char* scenario : {"h563-open-healthy", "h7s78-open-healthy"})
        stlinkServer(scenario);
    scenarios();
    optionByteExports();
    journal();
    std::printf("corpus written to %s\n", g_out.string().c_str());
    return 0;
}
