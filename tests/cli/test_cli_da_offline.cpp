// `rescue da verify`, `rescue da sign-token` and `rescue da make-credentials` end to end, as a
// user or a script runs them: ST's sample credentials (read from the shared testdata folder at
// run time, skipped with the reason when absent), exit codes 0 / 1 / 2, tokens checked by an
// independent verifier (openssl), generated .obk files laid out like ST's, keys in the forms
// OpenSSL writes, and no secret (key bytes, password, passphrase) in any output.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {

QString context(const CliRun& r) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

QString testdata() {
    return QStringLiteral(RESCUE_TESTDATA_DIR);
}
QString st(const QString& set, const QString& file) {
    return testdata() + "/" + set + "/" + file;
}

#define REQUIRE_SET(set)                                                                               \
    do {                                                                                               \
        if (!QDir(testdata() + "/" + set).exists())                                                    \
            QSKIP(qPrintable(QStringLiteral("sample set %1 not found under %2 (ST's DA files are not " \
                                            "shipped with the repository)")                            \
                                 .arg(set, testdata())));                                              \
    } while (false)

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString openssl() {
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

// Runs openssl; returns stdout + stderr.
QString runOpenssl(const QStringList& args, int* exitCode = nullptr) {
    QProcess p;
    p.start(openssl(), args);
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// DER INTEGER from a 32-byte big-endian value: strip leading zeros, keep it positive.
QByteArray derInteger(QByteArray v) {
    while (v.size() > 1 && v[0] == '\0' && !(quint8(v[1]) & 0x80))
        v.remove(0, 1);
    if (quint8(v[0]) & 0x80)
        v.prepend('\0');
    return QByteArray("\x02", 1) + char(v.size()) + v;
}
// ECDSA-Sig-Value DER SEQUENCE { r, s } from raw r‖s, what openssl dgst -verify reads.
QByteArray rsToDer(const QByteArray& rs) {
    const QByteArray body = derInteger(rs.left(32)) + derInteger(rs.mid(32, 32));
    return QByteArray("\x30", 1) + char(body.size()) + body;
}

// The base64 lines of a PEM key and its 32-byte scalar in hex: none may ever be printed.
QStringList secretsOfPemKey(const QByteArray& pem) {
    QStringList secrets;
    QByteArray b64;
    for (const QByteArray& line : pem.split('\n')) {
        if (line.startsWith("-----") || line.trimmed().isEmpty())
            continue;
        secrets << QString::fromLatin1(line.trimmed());
        b64 += line.trimmed();
    }
    const QByteArray der = QByteArray::fromBase64(b64);
    if (der.size() == 138)  // ST's PKCS#8 layout: the scalar is at offset 36
        secrets << QString::fromLatin1(der.mid(36, 32).toHex())
                << QString::fromLatin1(der.mid(36, 32).toHex().toUpper());
    return secrets;
}

void assertNoSecret(const CliRun& r, const QStringList& secrets) {
    for (const QString& s : secrets) {
        QVERIFY2(!r.out.contains(s), "a secret appeared on stdout");
        QVERIFY2(!r.err.contains(s), "a secret appeared on stderr");
    }
}

const char* const kKnownToken =  // adac-protocol.md section 9.3
    "0000000278000000010001000000000007400000000000000000000000000080"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "ff21fec7be9f1249ffe732fe67f66d0e757cb1a0f2f2bfd30ffc0697abacf047"
    "9c564a9d5d7c3ba76793e751ef994853d246fb09524aa20f3997ec4d8c6cbdaa";

}  // namespace

class TestCliDaOffline : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString tmp(const QString& name) const { return m_tmp.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // ---- verify ----------------------------------------------------------------------------

    void verifyStSamples_data() {
        QTest::addColumn<QString>("set");
        QTest::newRow("st-da-h7rs") << "st-da-h7rs";
        QTest::newRow("st-da-h5") << "st-da-h5";
        QTest::newRow("st-da-h533") << "st-da-h533";
    }
    void verifyStSamples() {
        QFETCH(QString, set);
        REQUIRE_SET(set);
        const QStringList args{"da",           "verify",
                               "--cert",       st(set, "Certificates/cert_leaf_chain.b64"),
                               "--key",        st(set, "Keys/key_3_leaf.pem"),
                               "--obk",        st(set, "Binary/DA_Config.obk"),
                               "--xml",        st(set, "Config/DA_Config.xml"),
                               "--permission", "full-regression"};
        const CliRun human = runRescue(args);
        QVERIFY2(human.exitCode == 0, qPrintable(context(human)));
        QVERIFY2(human.out.contains("Certificate 1 of 3: root"), qPrintable(context(human)));
        QVERIFY2(human.out.contains("Certificate 3 of 3: leaf"), qPrintable(context(human)));
        QVERIFY2(human.out.contains("verified with the previous certificate's key"),
                 qPrintable(context(human)));
        QVERIFY2(human.out.contains("cc05b01317775c865a3f987d1778c12d7e517851a0f42dd92dfa6c1d859b25fe"),
                 qPrintable(context(human)));
        QVERIFY2(human.out.contains("Result: no error"), qPrintable(context(human)));

        const CliRun json = runRescue(QStringList{"--json"} + args);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.json();
        QCOMPARE(o["errors"].toInt(), 0);
        QCOMPARE(o["certificates"].toArray().size(), 3);
        QCOMPARE(o["certificates"].toArray()[0].toObject()["role"].toString(), QStringLiteral("root"));
        QVERIFY(o["effective_permissions"].toString().endsWith("4007") ||
                o["effective_permissions"].toString() == "0x5077");
        for (const auto& f : o["findings"].toArray())
            QCOMPARE(f.toObject()["severity"].toString(), QStringLiteral("info"));
    }

    void verifyExitCodes_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("leaf signature changed") << "signature" << 1 << "da.cert.signature";
        QTest::newRow("permission outside every mask (bit 3)") << "bit3" << 1 << "da.permission.not-granted";
        QTest::newRow("intermediate chain with the leaf key")
            << "intermediate-chain" << 1 << "da.chain.ends-on-intermediate";
        QTest::newRow("another set's root (.obk hash)") << "other-root" << 1 << "da.cert.root-hash-mismatch";
        QTest::newRow("unknown permission name") << "bad-name" << 2 << "cli.permission";
        QTest::newRow("chain file missing") << "missing" << 2 << "da.file.unreadable";
        QTest::newRow("chain file not base64") << "garbage" << 2 << "da.chain.base64";
        QTest::newRow("public key given as --key") << "public-key" << 2 << "da.key.public-not-private";
        QTest::newRow("truncated .obk") << "short-obk" << 2 << "da.obk.length";
    }
    void verifyExitCodes() {
        QFETCH(QString, damage);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        REQUIRE_SET("st-da-h7rs");
        QString cert = st("st-da-h7rs", "Certificates/cert_leaf_chain.b64");
        QString key = st("st-da-h7rs", "Keys/key_3_leaf.pem");
        QString obk = st("st-da-h7rs", "Binary/DA_Config.obk");
        QString permission = "full-regression";
        if (damage == "signature") {
            QByteArray chain = QByteArray::fromBase64(readAll(cert));
            chain[660 - 1] = char(chain[660 - 1] ^ 0x01);
            cert = tmp("damaged.b64");
            QVERIFY(writeAll(cert, chain.toBase64()));
        } else if (damage == "bit3") {
            permission = "3";
        } else if (damage == "intermediate-chain") {
            cert = st("st-da-h7rs", "Certificates/cert_intermediate_chain.b64");
        } else if (damage == "other-root") {
            // A chain made with other keys against ST's provisioned .obk.
            QVERIFY(runRescue({"da", "make-credentials", "--family", "h7rs", "--permissions", "0x4000",
                               "--out", tmp("other")})
                        .exitCode == 0);
            cert = tmp("other/Certificates/cert_leaf_chain.b64");
            key = tmp("other/Keys/key_2_leaf.pem");
        } else if (damage == "bad-name") {
            permission = "partial-regression";  // an H5 permission; H7RS has none
        } else if (damage == "missing") {
            cert = tmp("nowhere.b64");
        } else if (damage == "garbage") {
            cert = tmp("garbage.b64");
            QVERIFY(writeAll(cert, "this is not base64 !!!"));
        } else if (damage == "public-key") {
            key = st("st-da-h7rs", "Keys/key_3_leaf_pub.pem");
        } else if (damage == "short-obk") {
            obk = tmp("short.obk");
            QVERIFY(writeAll(obk, readAll(st("st-da-h7rs", "Binary/DA_Config.obk")).left(100)));
        }
        const CliRun r = runRescue({"--json", "da", "verify", "--cert", cert, "--key", key, "--obk", obk,
                                    "--permission", permission});
        QVERIFY2(r.exitCode == exitCode, qPrintable(context(r)));
        const QJsonObject o = r.json();
        QStringList codes;
        if (o.contains("error"))
            codes << o["error"].toObject()["code"].toString();
        for (const auto& f : o["findings"].toArray())
            if (f.toObject()["severity"].toString() == "error")
                codes << f.toObject()["code"].toString();
        QVERIFY2(codes.contains(code), qPrintable(codes.join(", ") + "\n" + context(r)));
        // People get the sentence and the hint on their terminal too.
        const CliRun human = runRescue(
            {"da", "verify", "--cert", cert, "--key", key, "--obk", obk, "--permission", permission});
        QCOMPARE(human.exitCode, exitCode);
        QVERIFY2((human.out + human.err).contains("(" + code + ")"), qPrintable(context(human)));
        QVERIFY2((human.out + human.err).contains("hint: "), qPrintable(context(human)));
    }

    // Password method: the password file (TLV or raw) against DA_ConfigWithPassword.obk.
    void verifyPassword_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("obk");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("H7RS password.bin")
            << "st-da-h7rs/Binary/password.bin"
            << "st-da-h7rs/Binary/DA_ConfigWithPassword.obk" << 0 << "da.password.matches";
        QTest::newRow("H5 password.bin")
            << "st-da-h5/Binary/password.bin"
            << "st-da-h5/Binary/DA_ConfigWithPassword.obk" << 0 << "da.password.matches";
        QTest::newRow("H503 raw password against H7RS .obk")
            << "st-da-h503/user_password.bin"
            << "st-da-h7rs/Binary/DA_ConfigWithPassword.obk" << 1 << "da.password.hash-mismatch";
        QTest::newRow("password against the certificate .obk")
            << "st-da-h7rs/Binary/password.bin"
            << "st-da-h7rs/Binary/DA_Config.obk" << 1 << "da.password.hash-mismatch";
    }
    void verifyPassword() {
        QFETCH(QString, password);
        QFETCH(QString, obk);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        REQUIRE_SET("st-da-h7rs");
        REQUIRE_SET(password.section('/', 0, 0));
        const CliRun r = runRescue({"--json", "da", "verify", "--password", testdata() + "/" + password,
                                    "--obk", testdata() + "/" + obk});
        QVERIFY2(r.exitCode == exitCode, qPrintable(context(r)));
        QStringList codes;
        for (const auto& f : r.json()["findings"].toArray())
            codes << f.toObject()["code"].toString();
        QVERIFY2(codes.contains(code), qPrintable(codes.join(", ")));
        QVERIFY2(!r.out.contains("0123456789012345") && !r.out.contains("000102030405060708090a0b"),
                 "the password appeared in the output");
    }

    // ---- secrets ---------------------------------------------------------------------------

    void secretsNeverAppear() {
        REQUIRE_SET("st-da-h7rs");
        const QByteArray keyPem = readAll(st("st-da-h7rs", "Keys/key_3_leaf.pem"));
        QStringList secrets = secretsOfPemKey(keyPem);
        QCOMPARE(secrets.size(), 5);  // 3 base64 lines + the scalar in two cases
        secrets << "0123456789012345" << QString::fromLatin1(QByteArray("0123456789012345").toHex());
        for (const QStringList& prefix : {QStringList{}, QStringList{"--json"}}) {
            // Password configuration: its XML holds the password in clear.
            const CliRun verify =
                runRescue(prefix + QStringList{"da", "verify", "--cert",
                                               st("st-da-h7rs", "Certificates/cert_leaf_chain.b64"), "--key",
                                               st("st-da-h7rs", "Keys/key_3_leaf.pem"), "--obk",
                                               st("st-da-h7rs", "Binary/DA_ConfigWithPassword.obk"), "--xml",
                                               st("st-da-h7rs", "Config/DA_ConfigWithPassword.xml"),
                                               "--permission", "full-regression"});
            QVERIFY2(verify.exitCode == 1,
                     qPrintable(context(verify)));  // the password .obk holds no root key
            assertNoSecret(verify, secrets);
            const CliRun sign = runRescue(
                prefix + QStringList{"da", "sign-token", "--key", st("st-da-h7rs", "Keys/key_3_leaf.pem"),
                                     "--challenge", QString(64, '7'), "--permissions", "0x4000", "--out",
                                     tmp("secret-test.token")});
            QVERIFY2(sign.exitCode == 0, qPrintable(context(sign)));
            assertNoSecret(sign, secrets);
            // A damaged key: the error must not quote the key either.
            QByteArray damaged = keyPem;
            damaged.replace(40, 4, "AAAA");
            QVERIFY(writeAll(tmp("damaged-key.pem"), damaged));
            const CliRun bad =
                runRescue(prefix + QStringList{"da", "sign-token", "--key", tmp("damaged-key.pem"),
                                               "--challenge", QString(64, '7'), "--permissions", "0x4000",
                                               "--out", tmp("never.token")});
            QCOMPARE(bad.exitCode, 2);
            assertNoSecret(bad, secretsOfPemKey(damaged) + secrets);
        }
    }

    // ---- sign-token ------------------------------------------------------------------------

    // adac-protocol.md section 9.3: ST's leaf key, challenge 00..1f, bits 0, 1, 2, 14, 127.
    // RFC 6979 makes the signature deterministic, so the whole TLV is known.
    void signTokenKnownAnswer() {
        REQUIRE_SET("st-da-h7rs");
        QByteArray challenge;
        for (int i = 0; i < 32; ++i)
            challenge += char(i);
        const CliRun r = runRescue({"da", "sign-token", "--key", st("st-da-h7rs", "Keys/key_3_leaf.pem"),
                                    "--challenge", QString::fromLatin1(challenge.toHex()), "--permissions",
                                    "0x80000000000000000000000000004007", "--out", tmp("known.token")});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        QCOMPARE(QString::fromLatin1(readAll(tmp("known.token")).toHex()), QString::fromLatin1(kKnownToken));
    }

    void signTokenVerifiesWithOpenssl() {
        if (openssl().isEmpty())
            QSKIP(
                "openssl is not installed; the independent verifier of this test is `openssl dgst -verify`");
        const CliRun made = runRescue(
            {"da", "make-credentials", "--family", "h5", "--permissions", "0x4000", "--out", tmp("fresh")});
        QVERIFY2(made.exitCode == 0, qPrintable(context(made)));
        const QString challengeHex = "9f1c00ff3a5e7701c2d4e6f81020304050607080900a0b0c0d0e0f0011223344";
        const CliRun r =
            runRescue({"da", "sign-token", "--key", tmp("fresh/Keys/key_2_leaf.pem"), "--challenge",
                       challengeHex, "--permissions", "0x4000", "--out", tmp("fresh.token")});
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const QByteArray tlv = readAll(tmp("fresh.token"));
        QCOMPARE(tlv.size(), 128);
        QCOMPARE(tlv.left(8).toHex(), QByteArray("0000000278000000"));
        QCOMPARE(tlv.mid(16, 16).toHex(), QByteArray("00400000000000000000000000000000"));  // bit 14
        // Signed: token[0:56] ‖ challenge; the TLV header is 8 bytes, r‖s at token offset 56.
        QVERIFY(writeAll(tmp("msg.bin"), tlv.mid(8, 56) + QByteArray::fromHex(challengeHex.toLatin1())));
        QVERIFY(writeAll(tmp("sig.der"), rsToDer(tlv.mid(8 + 56, 64))));
        int code = -1;
        const QString verdict =
            runOpenssl({"dgst", "-sha256", "-verify", tmp("fresh/Keys/key_2_leaf_pub.pem"), "-signature",
                        tmp("sig.der"), tmp("msg.bin")},
                       &code);
        QVERIFY2(code == 0 && verdict.contains("Verified OK"), qPrintable(verdict));
        // The verifier can say no: another challenge does not verify.
        QVERIFY(writeAll(tmp("msg2.bin"), tlv.mid(8, 56) + QByteArray(32, '\0')));
        const QString refused =
            runOpenssl({"dgst", "-sha256", "-verify", tmp("fresh/Keys/key_2_leaf_pub.pem"), "-signature",
                        tmp("sig.der"), tmp("msg2.bin")},
                       &code);
        QVERIFY2(code != 0 && refused.contains("Verification failure"), qPrintable(refused));
    }

    void signTokenBadArguments_data() {
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<QString>("permissions");
        QTest::addColumn<QString>("code");
        QTest::newRow("31-byte challenge") << QString(62, 'a') << "0x4000"
                                           << "cli.challenge";
        QTest::newRow("challenge not hex") << QString(64, 'g') << "0x4000"
                                           << "cli.challenge";
        QTest::newRow("no permission") << QString(64, 'a') << "0x0"
                                       << "cli.permission";
        QTest::newRow("permissions not hex") << QString(64, 'a') << "full"
                                             << "";
        QTest::newRow("more than 128 bits") << QString(64, 'a') << "0x1" + QString(32, '0') << "";
    }
    void signTokenBadArguments() {
        QFETCH(QString, challenge);
        QFETCH(QString, permissions);
        QFETCH(QString, code);
        REQUIRE_SET("st-da-h7rs");
        const CliRun r =
            runRescue({"--json", "da", "sign-token", "--key", st("st-da-h7rs", "Keys/key_3_leaf.pem"),
                       "--challenge", challenge, "--permissions", permissions, "--out", tmp("bad.token")});
        QVERIFY2(r.exitCode == 2, qPrintable(context(r)));
        if (!code.isEmpty())
            QCOMPARE(r.json()["error"].toObject()["code"].toString(), code);
        QVERIFY(!QFile::exists(tmp("bad.token")));
    }

    // ---- make-credentials ------------------------------------------------------------------
    // The .obk is compared with ST's file of the same family field by field: the same header
    // (destination, length 96, flag), the integrity hash over the 64 data bytes, the root-key
    // hash, the permission field in ST's width, zeros after it.
    void makeCredentials_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("permissions");
        QTest::addColumn<bool>("intermediate");
        QTest::addColumn<QString>("stSet");
        QTest::addColumn<QString>("maskHex");  // the 16 stored bytes
        QTest::addColumn<int>("fieldBytes");
        QTest::newRow("H7RS, ST's mask, with intermediate")
            << "h7rs"
            << "0x80000000000000000000000000004007" << true << "st-da-h7rs"
            << "07400000000000000000000000000080" << 16;
        QTest::newRow("H5 (H563), ST's mask, with intermediate") << "stm32h56x-h57x"
                                                                 << "0x5077" << true << "st-da-h533"
                                                                 << "77500000000000000000000000000000" << 4;
        QTest::newRow("H533 by part number, names, root and leaf only")
            << "STM32H533RE"
            << "full-regression,debug-ns-l3" << false << "st-da-h533"
            << "04400000000000000000000000000000" << 4;
    }
    void makeCredentials() {
        QFETCH(QString, family);
        QFETCH(QString, permissions);
        QFETCH(bool, intermediate);
        QFETCH(QString, stSet);
        QFETCH(QString, maskHex);
        QFETCH(int, fieldBytes);
        REQUIRE_SET(stSet);
        const QString out =
            tmp("make-" + QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_').replace(',', '_'));
        QStringList args{"da", "make-credentials", "--family", family, "--permissions", permissions, "--out",
                         out};
        if (intermediate)
            args << "--intermediate";
        const CliRun r = runRescue(args);
        QVERIFY2(r.exitCode == 0, qPrintable(context(r)));
        const int certs = intermediate ? 3 : 2;
        const QString leafStem = QStringLiteral("key_%1_leaf").arg(certs);

        // Keys: PKCS#8 PEM, owner-only.
        for (const QString& k : {QStringLiteral("key_1_root"), leafStem}) {
            const QString path = out + "/Keys/" + k + ".pem";
            QVERIFY2(readAll(path).startsWith("-----BEGIN PRIVATE KEY-----"), qPrintable(path));
            QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::Permissions());
            QVERIFY(readAll(out + "/Keys/" + k + "_pub.pem").startsWith("-----BEGIN PUBLIC KEY-----"));
        }
        // Chain: one line of base64 over N 220-byte TLVs, root first, like ST's.
        const QByteArray chainText = readAll(out + "/Certificates/cert_leaf_chain.b64");
        QVERIFY(!chainText.contains('\n'));
        const QByteArray chain = QByteArray::fromBase64(chainText);
        QCOMPARE(chain.size(), certs * 220);
        QCOMPARE(chain.left(14).toHex(),
                 QByteArray("00000102d4000000010001010101"));  // TLV, v1.0, P-256, root, usage 1

        const QByteArray mine = readAll(out + "/Binary/DA_Config.obk");
        const QByteArray theirs = readAll(st(stSet, "Binary/DA_Config.obk"));
        QCOMPARE(mine.size(), theirs.size());
        QCOMPARE(mine.size(), 108);
        QCOMPARE(mine.left(12).toHex(), theirs.left(12).toHex());  // destination, 96, flag 1
        QCOMPARE(mine.mid(12, 32), QCryptographicHash::hash(mine.mid(44), QCryptographicHash::Sha256));
        const QByteArray rootSpki = QByteArray::fromBase64(readAll(out + "/Keys/key_1_root_pub.pem")
                                                               .replace("-----BEGIN PUBLIC KEY-----", "")
                                                               .replace("-----END PUBLIC KEY-----", ""));
        QCOMPARE(mine.mid(44, 32), QCryptographicHash::hash(rootSpki.right(64), QCryptographicHash::Sha256));
        QCOMPARE(mine.mid(76, 16).toHex(), maskHex.toLatin1());
        QCOMPARE(mine.mid(76 + fieldBytes), QByteArray(108 - 76 - fieldBytes, '\0'));
        QCOMPARE(theirs.mid(76 + fieldBytes), QByteArray(108 - 76 - fieldBytes, '\0'));  // ST's width too

        // The set verifies, and full regression is inside every mask.
        const CliRun verify = runRescue({"da", "verify", "--cert", out + "/Certificates/cert_leaf_chain.b64",
                                         "--key", out + "/Keys/" + leafStem + ".pem", "--obk",
                                         out + "/Binary/DA_Config.obk", "--permission", "full-regression"});
        QVERIFY2(verify.exitCode == 0, qPrintable(context(verify)));
        // Credentials are never overwritten.
        const CliRun again = runRescue(args);
        QVERIFY2(again.exitCode == 2 && again.err.contains("da.credentials.exists"),
                 qPrintable(context(again)));
    }

    void makeCredentialsRefusals_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("permissions");
        QTest::addColumn<QString>("code");
        QTest::newRow("H5 stores only 32 permission bits") << "h5"
                                                           << "0x80000000000000000000000000004007"
                                                           << "da.obk.mask-too-wide";
        QTest::newRow("unknown family") << "stm32f4"
                                        << "0x4000"
                                        << "cli.family";
        QTest::newRow("permission H7RS does not have") << "h7rs"
                                                       << "partial-regression"
                                                       << "cli.permission";
    }
    void makeCredentialsRefusals() {
        QFETCH(QString, family);
        QFETCH(QString, permissions);
        QFETCH(QString, code);
        const QString out = tmp("refused-" + QString::number(qHash(QByteArray(QTest::currentDataTag()))));
        const CliRun r = runRescue({"--json", "da", "make-credentials", "--family", family, "--permissions",
                                    permissions, "--out", out});
        QVERIFY2(r.exitCode == 2, qPrintable(context(r)));
        QCOMPARE(r.json()["error"].toObject()["code"].toString(), code);
        QVERIFY(!QDir(out).exists());
    }

    // ---- keys as OpenSSL writes them ---------------------------------------------------------

    void opensslKeyForms() {
        REQUIRE_SET("st-da-h7rs");
        if (openssl().isEmpty())
            QSKIP("openssl is not installed; this test converts ST's key with it");
        const QString leaf = st("st-da-h7rs", "Keys/key_3_leaf.pem");
        const QString cert = st("st-da-h7rs", "Certificates/cert_leaf_chain.b64");
        const QString passphrase = "correct horse 42";
        QVERIFY(writeAll(tmp("pass.txt"), passphrase.toLatin1() + "\n"));
        QVERIFY(writeAll(tmp("wrong.txt"), "not it\n"));
        int code = -1;
        runOpenssl({"ec", "-in", leaf, "-out", tmp("sec1.pem")}, &code);
        QCOMPARE(code, 0);
        runOpenssl({"pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", leaf, "-out", tmp("enc.pem"), "-passout",
                    "file:" + tmp("pass.txt")},
                   &code);
        QCOMPARE(code, 0);
        runOpenssl(
            {"ec", "-in", leaf, "-aes256", "-out", tmp("legacy.pem"), "-passout", "file:" + tmp("pass.txt")},
            &code);
        QCOMPARE(code, 0);
        QVERIFY(readAll(tmp("legacy.pem")).contains("Proc-Type: 4,ENCRYPTED"));

        const QStringList secrets = QStringList{passphrase} + secretsOfPemKey(readAll(leaf));
        auto verifyWith = [&](const QString& key, const QStringList& extra) {
            return runRescue(
                QStringList{"--json", "da", "verify", "--cert", cert, "--key", key, "--permission", "14"} +
                extra);
        };
        const CliRun sec1 = verifyWith(tmp("sec1.pem"), {});
        QVERIFY2(sec1.exitCode == 0, qPrintable(context(sec1)));
        QCOMPARE(sec1.json()["key"].toObject()["format"].toString(),
                 QStringLiteral("SEC1 EC PRIVATE KEY PEM"));

        const CliRun enc = verifyWith(tmp("enc.pem"), {"--passphrase-file", tmp("pass.txt")});
        QVERIFY2(enc.exitCode == 0, qPrintable(context(enc)));
        assertNoSecret(enc, secrets);
        const CliRun wrong = verifyWith(tmp("enc.pem"), {"--passphrase-file", tmp("wrong.txt")});
        QVERIFY2(wrong.exitCode == 2, qPrintable(context(wrong)));
        QCOMPARE(wrong.json()["error"].toObject()["code"].toString(), QStringLiteral("da.key.passphrase"));
        assertNoSecret(wrong, secrets + QStringList{"not it"});
        // No terminal (the test's stdin is a pipe) and no file: said plainly, no hang.
        const CliRun none = verifyWith(tmp("enc.pem"), {});
        QVERIFY2(none.exitCode == 2, qPrintable(context(none)));
        QCOMPARE(none.json()["error"].toObject()["code"].toString(),
                 QStringLiteral("da.key.passphrase-needed"));

        // Legacy PEM: refused with a command; running that command gives a key that works.
        const CliRun legacy = runRescue({"da", "verify", "--cert", cert, "--key", tmp("legacy.pem")});
        QCOMPARE(legacy.exitCode, 2);
        QVERIFY2(legacy.err.contains("da.key.legacy-encrypted"), qPrintable(context(legacy)));
        const QString command = "openssl pkcs8 -topk8 -v2 aes-256-cbc -in " + tmp("legacy.pem") + " -out " +
                                tmp("legacy_pkcs8.pem");
        QVERIFY2(legacy.err.contains(command), qPrintable(context(legacy)));
        // openssl reads -passin and -passout from two files (one file would be read to its end once).
        QVERIFY(writeAll(tmp("pass-out.txt"), passphrase.toLatin1() + "\n"));
        runOpenssl(command.split(' ').mid(1) + QStringList{"-passin", "file:" + tmp("pass.txt"), "-passout",
                                                           "file:" + tmp("pass-out.txt")},
                   &code);
        QCOMPARE(code, 0);
        const CliRun converted = verifyWith(tmp("legacy_pkcs8.pem"), {"--passphrase-file", tmp("pass.txt")});
        QVERIFY2(converted.exitCode == 0, qPrintable(context(converted)));

        // sign-token takes the encrypted key too, and gives the same deterministic token.
        const CliRun a = runRescue({"da", "sign-token", "--key", tmp("enc.pem"), "--passphrase-file",
                                    tmp("pass.txt"), "--challenge", QString(64, '1'), "--permissions",
                                    "0x4000", "--out", tmp("enc.token")});
        const CliRun b = runRescue({"da", "sign-token", "--key", leaf, "--challenge", QString(64, '1'),
                                    "--permissions", "0x4000", "--out", tmp("plain.token")});
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(context(a) + context(b)));
        QCOMPARE(readAll(tmp("enc.token")).toHex(), readAll(tmp("plain.token")).toHex());
        assertNoSecret(a, secrets);
    }
};

QTEST_GUILESS_MAIN(TestCliDaOffline)
#include "test_cli_da_offline.moc"
