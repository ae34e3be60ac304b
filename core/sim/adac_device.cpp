#include "core/sim/adac_device.h"

#include <fmt/format.h>

#include "core/auth/certificate.h"
#include "core/auth/tlv.h"
#include "core/auth/token.h"

namespace rescue::sim {

using auth::AdacCommand;
using auth::AdacResponse;
using auth::AdacStatus;
using auth::CertificateRole;
using auth::PermissionMask;

AdacProvisioning AdacProvisioning::certificate(const auth::Sha256Digest& rootKeyHash,
                                               const PermissionMask& mask) {
    AdacProvisioning p;
    p.method = AdacMethod::Certificate;
    p.rootKeyHash = rootKeyHash;
    p.permissionMask = mask;
    return p;
}

AdacProvisioning AdacProvisioning::password(const auth::Sha256Digest& passwordHash) {
    AdacProvisioning p;
    p.method = AdacMethod::Password;
    p.passwordHash = passwordHash;
    return p;
}

Result<AdacProvisioning> AdacProvisioning::fromObk(const auth::ObkFile& obk, AdacMethod method) {
    auto config = auth::decodeDaConfiguration(obk);
    if (!config)
        return std::move(config).error();
    if (method == AdacMethod::Certificate)
        return certificate(config->credentialHash, config->permissions);
    if (method == AdacMethod::Password)
        return password(config->credentialHash);
    return makeError("sim.adac.method",
                     "A DA .obk provisions either the certificate or the password method.");
}

const char* adacStateName(AdacState state) {
    switch (state) {
        case AdacState::Init:
            return "INIT";
        case AdacState::Challenge:
            return "CHALLENGE";
        case AdacState::Root:
            return "ROOT";
        case AdacState::Chain:
            return "CHAIN";
        case AdacState::Leaf:
            return "LEAF";
        case AdacState::Success:
            return "SUCCESS";
        case AdacState::Failure:
            return "FAILURE";
    }
    return "?";
}

AdacDevice::AdacDevice(AdacDeviceConfig config, std::unique_ptr<auth::RandomSource> random)
    : m_config(std::move(config)), m_random(std::move(random)) {
    if (!m_random)
        m_random = auth::makeSystemRandom();
}

void AdacDevice::reopen() {
    m_listening = true;
    m_state = AdacState::Init;
    m_challenge.reset();
    m_currentKey.reset();
    m_mask = PermissionMask::all();
    m_grant.reset();
    m_lastRejection.reset();
    m_pendingWords.clear();
}

Bytes AdacDevice::handleRequest(ByteView requestPacket) {
    if (!m_listening)
        return {};
    auto request = auth::decodeRequest(requestPacket, m_config.options.requestDataCount);
    if (!request)
        return auth::encodeResponse(fail(std::move(request).error()));
    m_lastRejection.reset();
    return auth::encodeResponse(dispatch(*request));
}

std::vector<std::uint32_t> AdacDevice::receiveWord(std::uint32_t word) {
    if (!m_listening)
        return {};
    appendLe32(m_pendingWords, word);
    if (m_pendingWords.size() < auth::kPacketHeaderSize)
        return {};
    auto announced = auth::announcedDataBytes(m_pendingWords, m_config.options.requestDataCount);
    if (!announced) {
        // A header that cannot be one: the stream is desynchronised, as on silicon.
        m_pendingWords.clear();
        return auth::toWords(auth::encodeResponse(fail(std::move(announced).error())));
    }
    if (m_pendingWords.size() < auth::kPacketHeaderSize + *announced)
        return {};
    Bytes packet;
    packet.swap(m_pendingWords);
    return auth::toWords(handleRequest(packet));
}

AdacResponse AdacDevice::refuse(Error why) {
    m_lastRejection = std::move(why);
    return auth::makeResponse(AdacStatus::Failure);
}

AdacResponse AdacDevice::fail(Error why) {
    m_lastRejection = std::move(why);
    m_state = AdacState::Failure;
    m_listening = false;
    return auth::makeResponse(AdacStatus::Failure);
}

AdacResponse AdacDevice::dispatch(const auth::AdacRequest& request) {
    switch (static_cast<AdacCommand>(request.command)) {
        case AdacCommand::Discovery:
            return discovery();
        case AdacCommand::AuthStart:
            return authStart();
        case AdacCommand::AuthResponse:
            return authResponse(request.data);
        case AdacCommand::CloseSession:
        case AdacCommand::LockDebug:
        case AdacCommand::ResumeBoot:
        case AdacCommand::LcsChange:
            if (m_config.options.psaAdacExtraCommands) {
                const auto command = static_cast<AdacCommand>(request.command);
                if (command == AdacCommand::LcsChange)
                    return auth::makeResponse(AdacStatus::Unsupported);
                if (command == AdacCommand::ResumeBoot)
                    m_listening = false;
                if (command == AdacCommand::CloseSession)
                    reopen();
                return auth::makeResponse(AdacStatus::Success);
            }
            break;
    }
    m_lastRejection = makeError("sim.adac.invalid-command", fmt::format("The boot ROM does not know {}.",
                                                                        auth::commandName(request.command)));
    return auth::makeResponse(AdacStatus::InvalidCommand);
}

AdacResponse AdacDevice::discovery() const {
    auth::DiscoveryInfo info = m_config.discovery;
    if (m_config.options.fillPermissionsFromProvisioning && !info.hwPermissionsMask &&
        m_config.provisioning.method == AdacMethod::Certificate)
        info.hwPermissionsMask = m_config.provisioning.permissionMask & m_config.options.hardwareMask;
    return auth::makeResponse(AdacStatus::Success,
                              auth::encodeDiscovery(info, m_config.options.discoveryPadding));
}

AdacResponse AdacDevice::authStart() {
    auth::Challenge challenge;
    m_random->fill(challenge.vector);
    m_challenge = challenge.vector;
    m_state = AdacState::Challenge;
    m_currentKey.reset();
    if (!m_config.options.keepMaskAcrossAuthStart)
        m_mask = PermissionMask::all();
    return auth::makeResponse(AdacStatus::Success, auth::encodeChallenge(challenge));
}

AdacResponse AdacDevice::authResponse(ByteView data) {
    if (data.size() < auth::kTlvHeaderSize)
        return fail(
            makeError("sim.adac.response-too-short",
                      fmt::format("AUTH_RESPONSE carries {} bytes, less than a TLV header.", data.size())));
    const std::uint16_t type = readLe16(data, 2);
    const std::uint32_t length = readLe32(data, 4);
    if (length > data.size() - auth::kTlvHeaderSize)
        return fail(
            makeError("sim.adac.response-too-short",
                      fmt::format("The AUTH_RESPONSE TLV announces {} bytes but the packet carries {}.",
                                  length, data.size() - auth::kTlvHeaderSize)));
    const ByteView value = data.subspan(auth::kTlvHeaderSize, length);
    switch (static_cast<auth::TlvType>(type)) {
        case auth::TlvType::PsaBinaryCertificate:
            return certificate(value);
        case auth::TlvType::PsaBinaryToken:
            return token(value);
        case auth::TlvType::StPassword:
            return password(value);
        default:
            return refuse(
                makeError("sim.adac.tlv-type",
                          fmt::format("AUTH_RESPONSE carries {}, neither a certificate, a token nor a "
                                      "password.",
                                      auth::tlvTypeName(type))));
    }
}

AdacResponse AdacDevice::certificate(ByteView value) {
    if (value.size() < auth::kCertificateHeaderSize)
        return fail(makeError("da.cert.size", "The certificate is shorter than its 52-byte header."));
    if (value[auth::cert_offset::versionMajor] != 1)
        return refuse(makeError("da.cert.version",
                                fmt::format("The certificate has format version {}.{}; only 1.x is accepted.",
                                            value[0], value[1])));
    if (m_config.provisioning.method != AdacMethod::Certificate)
        return fail(makeError("sim.adac.method-not-provisioned",
                              "A certificate was sent but this device has no certificate DA configuration."));
    const std::uint8_t role = value[auth::cert_offset::role];
    const bool isRoot = role == static_cast<std::uint8_t>(CertificateRole::Root);
    const bool isChainLink = role == static_cast<std::uint8_t>(CertificateRole::Intermediate) ||
                             role == static_cast<std::uint8_t>(CertificateRole::Leaf);
    if (m_state == AdacState::Init)
        return fail(makeError("sim.adac.no-challenge", "A certificate arrived before AUTH_START."));
    if (isRoot && m_state != AdacState::Challenge)
        return fail(
            makeError("da.chain.order", fmt::format("A root certificate arrived in state {}; only the first "
                                                    "certificate after AUTH_START may be a root.",
                                                    adacStateName(m_state))));
    if (isChainLink && m_state != AdacState::Root && m_state != AdacState::Chain)
        return fail(
            makeError("da.chain.order",
                      fmt::format("An {} certificate arrived in state {}; the root must come first and "
                                  "nothing may follow the leaf.",
                                  auth::roleName(role), adacStateName(m_state))));
    if (!isRoot && !isChainLink)
        return fail(makeError("da.cert.role", fmt::format("The certificate's role byte is 0x{:02X}.", role)));

    auto cert = auth::parseCertificate(value);
    if (!cert)
        return fail(std::move(cert).error());
    if (auto s = auth::checkCertificateFormat(*cert); !s)
        return fail(s.error());
    if (m_config.options.checkPlatformScope) {
        if (auto s = auth::checkCertificateScope(*cert, m_config.platform); !s)
            return fail(s.error());
    }
    auto key = auth::PublicKey::fromRaw(cert->publicKey);
    if (isRoot) {
        if (auto s = auth::checkRootBinding(*cert, m_config.provisioning.rootKeyHash); !s)
            return fail(s.error());
        if (!key)
            return fail(std::move(key).error());
        if (auto s = auth::checkCertificateSignature(*cert, *key); !s)
            return fail(s.error());
        m_state = AdacState::Root;
    } else {
        if (auto s = auth::checkCertificateSignature(*cert, *m_currentKey); !s)
            return fail(s.error());
        if (!key)
            return fail(std::move(key).error());
        m_state = cert->hasRole(CertificateRole::Leaf) ? AdacState::Leaf : AdacState::Chain;
    }
    m_currentKey = *key;
    m_mask &= cert->permissions;
    return auth::makeResponse(AdacStatus::NeedMoreData);
}

AdacResponse AdacDevice::token(ByteView value) {
    if (m_state != AdacState::Root && m_state != AdacState::Leaf)
        return refuse(
            makeError("sim.adac.token-out-of-order",
                      fmt::format("A token arrived in state {}; it is accepted only after the root or the "
                                  "leaf certificate.",
                                  adacStateName(m_state))));
    if (value.size() < auth::kTokenBaseSize)
        return fail(makeError("da.token.size", "The token is shorter than 120 bytes."));
    if (value[auth::token_offset::versionMajor] != 1)
        return refuse(makeError(
            "da.token.version",
            fmt::format("The token has format version {}.{}; only 1.x is accepted.", value[0], value[1])));
    auto parsed = auth::parseToken(value);
    if (!parsed)
        return fail(std::move(parsed).error());
    if (auto s = auth::verifyToken(*parsed, *m_challenge, *m_currentKey); !s)
        return fail(s.error());
    return finishGrant(parsed->requested, m_mask & parsed->requested & m_config.provisioning.permissionMask &
                                              m_config.options.hardwareMask);
}

AdacResponse AdacDevice::password(ByteView value) {
    if (m_config.provisioning.method != AdacMethod::Password)
        return fail(makeError("sim.adac.method-not-provisioned",
                              "A password was sent but this device has no password DA configuration."));
    if (m_state != AdacState::Challenge)
        return refuse(makeError(
            "sim.adac.no-challenge",
            fmt::format("A password arrived in state {}; send AUTH_START first.", adacStateName(m_state))));
    const auth::Sha256Digest hash = auth::passwordHash(value, m_config.options.passwordHashInput);
    if (!auth::SecretBytes(m_config.provisioning.passwordHash).equals(hash))
        return fail(
            makeError("sim.adac.wrong-password", "The password does not match the provisioned hash."));
    const PermissionMask grantable = m_config.options.passwordGrant;
    return finishGrant(grantable, grantable & m_config.options.hardwareMask);
}

AdacResponse AdacDevice::finishGrant(const PermissionMask& requested, PermissionMask effective) {
    if (effective.empty() && m_config.options.emptyGrantIsFailure)
        return fail(makeError("da.permission.empty",
                              "Nothing requested is authorised: the effective permission set is empty.")
                        .with("requested", requested.toShortHex()));
    if (m_config.options.refuseRequestOutsideGrant && effective != requested)
        return fail(makeError("da.permission.not-granted",
                              "The request asks for permissions outside the authorised list.")
                        .with("requested", requested.toShortHex())
                        .with("authorised", effective.toShortHex()));
    m_grant = AdacGrant{m_config.provisioning.method, requested, effective};
    m_state = AdacState::Success;
    m_listening = false;
    return auth::makeResponse(AdacStatus::Success);
}

}  // namespace rescue::sim
