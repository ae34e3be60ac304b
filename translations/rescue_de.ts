<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ErrorCatalogue</name>
    <message>
        <location filename="../core/common/error_catalogue.cpp" line="+13"/>
        <source>Private key readable by others</source>
        <translation>Privater Schlüssel für andere lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run chmod 600 on the key file.</source>
        <translation>Führen Sie chmod 600 für die Schlüsseldatei aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad hex value in the device catalog</source>
        <translation>Ungültiger Hex-Wert im Gerätekatalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <location line="+30"/>
        <source>Correct the value in the catalog file, or reinstall the catalog.</source>
        <translation>Korrigieren Sie den Wert in der Katalogdatei oder installieren Sie den Katalog neu.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Register offset not a multiple of 4</source>
        <translation>Registeroffset kein Vielfaches von 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the register offset in the catalog file, or reinstall the catalog.</source>
        <translation>Korrigieren Sie den Registeroffset in der Katalogdatei oder installieren Sie den Katalog neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate entry in the device catalog</source>
        <translation>Doppelter Eintrag im Gerätekatalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the duplicate from the catalog files, or reinstall the catalog.</source>
        <translation>Entfernen Sie das Duplikat aus den Katalogdateien oder installieren Sie den Katalog neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device family in the catalog</source>
        <translation>Keine Gerätefamilie im Katalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall, or point RESCUE_RESOURCE_DIR at the resources folder.</source>
        <translation>Installieren Sie das Programm neu oder lassen Sie RESCUE_RESOURCE_DIR auf den Ressourcenordner zeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device catalog folder not found</source>
        <translation>Gerätekatalog-Ordner nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reinstall, or set RESCUE_RESOURCE_DIR to a folder that contains devices/.</source>
        <translation>Installieren Sie das Programm neu oder setzen Sie RESCUE_RESOURCE_DIR auf einen Ordner, der devices/ enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required catalog entry missing</source>
        <translation>Erforderlicher Katalogeintrag fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the missing entry or file, or reinstall the catalog.</source>
        <translation>Stellen Sie den fehlenden Eintrag bzw. die fehlende Datei wieder her oder installieren Sie den Katalog neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog value out of range</source>
        <translation>Katalogwert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlapping fields in the catalog</source>
        <translation>Überlappende Felder im Katalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the fields&apos; bit positions in the catalog file, or reinstall the catalog.</source>
        <translation>Korrigieren Sie die Bitpositionen der Felder in der Katalogdatei oder installieren Sie den Katalog neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog file is not valid JSON</source>
        <translation>Katalogdatei ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the JSON syntax in the named file, or reinstall the catalog.</source>
        <translation>Korrigieren Sie die JSON-Syntax in der genannten Datei oder installieren Sie den Katalog neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part table names an unknown family</source>
        <translation>Teiletabelle nennt eine unbekannte Familie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the family file, or correct the family name in parts.json.</source>
        <translation>Fügen Sie die Familiendatei hinzu oder korrigieren Sie den Familiennamen in parts.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field in a catalog file</source>
        <translation>Unbekanntes Feld in einer Katalogdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or correct the key, or use the catalog that came with this version.</source>
        <translation>Entfernen oder korrigieren Sie den Schlüssel, oder verwenden Sie den Katalog, der mit dieser Version geliefert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog refers to something undefined</source>
        <translation>Katalog verweist auf etwas Undefiniertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the reference in the catalog file, or reinstall the catalog.</source>
        <translation>Korrigieren Sie den Verweis in der Katalogdatei oder installieren Sie den Katalog neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog file cannot be read</source>
        <translation>Katalogdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the permissions of the catalog folder and its files.</source>
        <translation>Prüfen Sie die Berechtigungen des Katalogordners und seiner Dateien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog value has the wrong type</source>
        <translation>Katalogwert hat den falschen Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Challenge is not 32 bytes of hex</source>
        <translation>Challenge besteht nicht aus 32 Byte Hex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the 32-byte challenge vector of the AUTH_START reply, without its header.</source>
        <translation>Kopieren Sie den 32-Byte-Challenge-Vektor der AUTH_START-Antwort, ohne deren Header.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash erase not confirmed</source>
        <translation>Flash-Löschung nicht bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again with --yes to confirm that the user flash may be erased.</source>
        <translation>Führen Sie den Befehl erneut mit --yes aus, um zu bestätigen, dass der User-Flash gelöscht werden darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown family or part</source>
        <translation>Unbekannte Familie oder unbekanntes Bauteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a known family (h5, h7rs or a catalog id) or a part number.</source>
        <translation>Geben Sie eine bekannte Familie (h5, h7rs oder eine Katalog-ID) oder eine Teilenummer an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error in the command</source>
        <translation>Interner Fehler im Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it with the journal file from the data directory.</source>
        <translation>Melden Sie den Fehler zusammen mit der Journaldatei aus dem Datenverzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission not understood</source>
        <translation>Berechtigung nicht erkannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a permission name of the family (with --family) or a bit number.</source>
        <translation>Geben Sie einen Berechtigungsnamen der Familie (mit --family) oder eine Bitnummer an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report file cannot be written</source>
        <translation>Berichtsdatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path and that the folder is writable.</source>
        <translation>Prüfen Sie den Pfad und ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such error code</source>
        <translation>Fehlercode existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run rescue errors for the list and copy the code from there.</source>
        <translation>Führen Sie rescue errors aus, um die Liste zu erhalten, und kopieren Sie den Code von dort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid command line</source>
        <translation>Ungültige Befehlszeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the options with rescue --help and run the command again.</source>
        <translation>Prüfen Sie die Optionen mit rescue --help und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip did not come back after the grant</source>
        <translation>Chip nach der Freigabe nicht wieder erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power-cycle the board and connect again; the grant may still have been applied.</source>
        <translation>Schalten Sie das Board aus und wieder ein und verbinden Sie sich erneut; die Freigabe wurde möglicherweise trotzdem ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip refused to give a challenge</source>
        <translation>Chip verweigert die Challenge</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+130"/>
        <location line="+3"/>
        <location line="+35"/>
        <source>Start a new session with a new reset.</source>
        <translation>Starten Sie eine neue Sitzung mit einem neuen Reset.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Unexpected first word from the chip</source>
        <translation>Unerwartetes erstes Wort vom Chip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the received word with the catalog&apos;s reply word and adjust the catalog.</source>
        <translation>Vergleichen Sie das empfangene Wort mit dem Antwortwort im Katalog und passen Sie den Katalog an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug Authentication cancelled</source>
        <translation>Debug-Authentifizierung abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset the board to leave its DA mode, or run the session again.</source>
        <translation>Setzen Sie das Board zurück, um den DA-Modus zu verlassen, oder führen Sie die Sitzung erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog lacks the DA mailbox registers</source>
        <translation>DA-Mailbox-Register fehlen im Katalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the three DA mailbox registers to the family&apos;s dbgmcu registers.</source>
        <translation>Fügen Sie die drei DA-Mailbox-Register zu den dbgmcu-Registern der Familie hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate is not ECDSA P-256</source>
        <translation>Zertifikat ist nicht ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the certificates with ECDSA P-256 keys.</source>
        <translation>Erstellen Sie die Zertifikate mit ECDSA-P-256-Schlüsseln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate extensions do not match their hash</source>
        <translation>Zertifikatserweiterungen passen nicht zu ihrem Hash</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+9"/>
        <source>Use the original certificate file.</source>
        <translation>Verwenden Sie die originale Zertifikatsdatei.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Certificate key is not a valid P-256 point</source>
        <translation>Zertifikatsschlüssel ist kein gültiger P-256-Punkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the original certificate file, or issue the certificate again.</source>
        <translation>Verwenden Sie die originale Zertifikatsdatei oder stellen Sie das Zertifikat neu aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate reserved field is not zero</source>
        <translation>Reserviertes Feld des Zertifikats ist nicht null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-issue the certificate with a current ADAC tool.</source>
        <translation>Stellen Sie das Zertifikat mit einem aktuellen ADAC-Tool neu aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate role is invalid</source>
        <translation>Zertifikatsrolle ist ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use certificates made by ST&apos;s tools or by rescue da make-credentials.</source>
        <translation>Verwenden Sie Zertifikate, die mit den Tools von ST oder mit rescue da make-credentials erstellt wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root key does not match the .obk</source>
        <translation>Root-Schlüssel passt nicht zur .obk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain made from the same root key as the provisioned DA_Config.obk.</source>
        <translation>Verwenden Sie die Zertifikatskette, die aus demselben Root-Schlüssel erstellt wurde wie die provisionierte DA_Config.obk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one lifecycle</source>
        <translation>Zertifikat auf einen Lebenszyklus beschränkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the constraint against the lifecycle the chip&apos;s discovery reports.</source>
        <translation>Vergleichen Sie die Einschränkung mit dem Lebenszyklus, den die Discovery des Chips meldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one SoC class</source>
        <translation>Zertifikat auf eine SoC-Klasse beschränkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the SoC class against the chip&apos;s discovery, or use an unrestricted chain.</source>
        <translation>Vergleichen Sie die SoC-Klasse mit der Discovery des Chips oder verwenden Sie eine uneingeschränkte Zertifikatskette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one chip</source>
        <translation>Zertifikat auf einen einzelnen Chip beschränkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the certificate issued for this chip, or one without a SoC ID.</source>
        <translation>Verwenden Sie das für diesen Chip ausgestellte Zertifikat oder eines ohne SoC-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate signature does not verify</source>
        <translation>Zertifikatssignatur ist ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the chain file as it was issued, from one key set.</source>
        <translation>Verwenden Sie die Zertifikatskettendatei so, wie sie ausgestellt wurde, aus einem einzigen Schlüsselsatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate has the wrong size</source>
        <translation>Zertifikat hat die falsche Größe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate for another device family</source>
        <translation>Zertifikat für eine andere Gerätefamilie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use certificates issued for this device family.</source>
        <translation>Verwenden Sie Zertifikate, die für diese Gerätefamilie ausgestellt wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record is not a certificate</source>
        <translation>Datensatz ist kein Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a certificate file, not a token, key or password file.</source>
        <translation>Geben Sie eine Zertifikatsdatei an, keine Token-, Schlüssel- oder Passwortdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra bytes after the certificate</source>
        <translation>Zusätzliche Bytes nach dem Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported certificate version</source>
        <translation>Nicht unterstützte Zertifikatsversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-create the certificate with a current ADAC tool.</source>
        <translation>Erstellen Sie das Zertifikat mit einem aktuellen ADAC-Tool neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip refused a certificate</source>
        <translation>Chip hat ein Zertifikat abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chain with rescue da verify and its constraints against the discovery.</source>
        <translation>Prüfen Sie die Zertifikatskette mit rescue da verify und ihre Einschränkungen anhand der Discovery.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chain is broken</source>
        <translation>Zertifikatskette ist unterbrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain file as ST&apos;s tools write it, root first.</source>
        <translation>Verwenden Sie die Zertifikatskettendatei so, wie die Tools von ST sie schreiben, mit dem Root-Zertifikat zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain is empty</source>
        <translation>Zertifikatskette ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the chain file (.b64), root first.</source>
        <translation>Geben Sie die Zertifikatskettendatei (.b64) an, mit dem Root-Zertifikat zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain does not start with the root</source>
        <translation>Zertifikatskette beginnt nicht mit dem Root-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain file as ST&apos;s tools write it (cert_leaf_chain.b64), root first.</source>
        <translation>Verwenden Sie die Zertifikatskettendatei so, wie die Tools von ST sie schreiben (cert_leaf_chain.b64), mit dem Root-Zertifikat zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain does not end with a leaf</source>
        <translation>Zertifikatskette endet nicht mit einem Leaf-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the full chain file (root, intermediate, leaf).</source>
        <translation>Verwenden Sie die vollständige Zertifikatskettendatei (Root, Intermediate, Leaf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain file is not base64 or PEM</source>
        <translation>Zertifikatskettendatei ist weder Base64 noch PEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give ST&apos;s one-line base64 chain file (.b64), undamaged.</source>
        <translation>Geben Sie die einzeilige Base64-Zertifikatskettendatei von ST (.b64) unbeschädigt an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain file holds no certificate</source>
        <translation>Zertifikatskettendatei enthält kein Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a chain file such as cert_leaf_chain.b64.</source>
        <translation>Wählen Sie eine Zertifikatskettendatei wie cert_leaf_chain.b64.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain ends on an intermediate</source>
        <translation>Zertifikatskette endet mit einem Intermediate-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the leaf chain (cert_leaf_chain.b64), not the intermediate chain.</source>
        <translation>Verwenden Sie die Leaf-Zertifikatskette (cert_leaf_chain.b64), nicht die Intermediate-Zertifikatskette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key does not belong to the chain</source>
        <translation>Schlüssel gehört nicht zur Zertifikatskette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the key that goes with the chain (key_3_leaf.pem for cert_leaf_chain.b64).</source>
        <translation>Verwenden Sie den Schlüssel, der zur Zertifikatskette gehört (key_3_leaf.pem für cert_leaf_chain.b64).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain holds a record that is not a certificate</source>
        <translation>Zertifikatskette enthält einen Datensatz, der kein Zertifikat ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the certificate chain file, not a token or another TLV file.</source>
        <translation>Wählen Sie die Zertifikatskettendatei, kein Token und keine andere TLV-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate chain given</source>
        <translation>Keine Zertifikatskette angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add --cert with the chain file to check the certificates.</source>
        <translation>Geben Sie --cert mit der Zertifikatskettendatei an, um die Zertifikate zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates in the wrong order</source>
        <translation>Zertifikate in falscher Reihenfolge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order the certificates root, intermediate(s), leaf.</source>
        <translation>Ordnen Sie die Zertifikate in der Reihenfolge Root, Intermediate(s), Leaf an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file is not a certificate chain</source>
        <translation>PEM-Datei ist keine Zertifikatskette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the certificate chain, not a key file.</source>
        <translation>Wählen Sie die Zertifikatskette, keine Schlüsseldatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenge expired</source>
        <translation>Challenge abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new session and send the chain and token without pausing.</source>
        <translation>Starten Sie eine neue Sitzung und senden Sie Zertifikatskette und Token ohne Pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge has the wrong size</source>
        <translation>Challenge hat die falsche Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported challenge version</source>
        <translation>Nicht unterstützte Challenge-Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chip is already Open</source>
        <translation>Der Chip ist bereits Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect without DA; if a regression was under way, it has finished.</source>
        <translation>Verbinden Sie sich ohne DA; falls eine Regression lief, ist sie abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip left the DA session</source>
        <translation>Chip hat die DA-Sitzung verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check power and the reset line, then start a new session with a new reset.</source>
        <translation>Prüfen Sie die Stromversorgung und die Reset-Leitung und starten Sie dann eine neue Sitzung mit einem neuen Reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrupted reply from the chip</source>
        <translation>Beschädigte Antwort vom Chip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new session with a new reset; if it repeats, lower the SWD clock.</source>
        <translation>Starten Sie eine neue Sitzung mit einem neuen Reset; tritt der Fehler erneut auf, senken Sie den SWD-Takt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty certificate permission mask</source>
        <translation>Leere Berechtigungsmaske für Zertifikate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one permission, for example full-regression.</source>
        <translation>Geben Sie mindestens eine Berechtigung an, zum Beispiel full-regression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file already exists</source>
        <translation>Credential-Datei existiert bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an empty folder, or ask explicitly to overwrite.</source>
        <translation>Wählen Sie einen leeren Ordner oder fordern Sie das Überschreiben ausdrücklich an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported number of intermediates</source>
        <translation>Nicht unterstützte Anzahl von Intermediate-Zertifikaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for 0 to 8 intermediate certificates.</source>
        <translation>Fordern Sie 0 bis 8 Intermediate-Zertifikate an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip does not accept P-256 certificates</source>
        <translation>Chip akzeptiert keine P-256-Zertifikate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the discovery; use the password method if the chip is set up for it.</source>
        <translation>Prüfen Sie die Discovery; verwenden Sie die Passwortmethode, wenn der Chip dafür eingerichtet ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip refused the discovery</source>
        <translation>Chip hat die Discovery verweigert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovery record has the wrong size</source>
        <translation>Discovery-Datensatz hat die falsche Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Start a new session; if it repeats, report the raw discovery bytes.</source>
        <translation>Starten Sie eine neue Sitzung; tritt der Fehler erneut auf, melden Sie die rohen Discovery-Bytes.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discovery record of unknown type</source>
        <translation>Discovery-Datensatz unbekannten Typs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discovery reply cannot be parsed</source>
        <translation>Discovery-Antwort kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report the raw discovery bytes with the journal.</source>
        <translation>Melden Sie die rohen Discovery-Bytes zusammen mit dem Journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large for a credential</source>
        <translation>Datei zu groß für eine Credential-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you picked the right file.</source>
        <translation>Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file cannot be read</source>
        <translation>Credential-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path, that the file exists, and its permissions.</source>
        <translation>Prüfen Sie den Pfad, ob die Datei existiert, und ihre Berechtigungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file cannot be written</source>
        <translation>Credential-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe firmware cannot reach AP0</source>
        <translation>Probe-Firmware kann AP0 nicht erreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the ST-LINK firmware with STM32CubeProgrammer, then try again.</source>
        <translation>Aktualisieren Sie die ST-LINK-Firmware mit STM32CubeProgrammer und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong key for the leaf certificate</source>
        <translation>Falscher Schlüssel für das Leaf-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the leaf key of the same set (key_3_leaf.pem next to cert_leaf_chain.b64).</source>
        <translation>Geben Sie den Leaf-Schlüssel desselben Satzes an (key_3_leaf.pem neben cert_leaf_chain.b64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key file is inconsistent</source>
        <translation>Private Schlüsseldatei ist inkonsistent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the original key file.</source>
        <translation>Verwenden Sie die originale Schlüsseldatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key uses legacy PEM encryption</source>
        <translation>Schlüssel verwendet veraltete PEM-Verschlüsselung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert it to encrypted PKCS#8 with openssl pkcs8 -topk8, then use the new file.</source>
        <translation>Konvertieren Sie ihn mit openssl pkcs8 -topk8 in verschlüsseltes PKCS#8 und verwenden Sie dann die neue Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>No private key given</source>
        <translation>Kein privater Schlüssel angegeben</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Add --key with the leaf key (key_3_leaf.pem) to check it.</source>
        <translation>Geben Sie --key mit dem Leaf-Schlüssel (key_3_leaf.pem) an, um ihn zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key is not on the P-256 curve</source>
        <translation>Öffentlicher Schlüssel liegt nicht auf der P-256-Kurve</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Use the original key or certificate file.</source>
        <translation>Verwenden Sie die originale Schlüssel- oder Zertifikatsdatei.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Key is not ECDSA P-256</source>
        <translation>Schlüssel ist nicht ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the P-256 key that belongs to your certificate chain.</source>
        <translation>Verwenden Sie den P-256-Schlüssel, der zu Ihrer Zertifikatskette gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passphrase or damaged key</source>
        <translation>Falsche Passphrase oder beschädigter Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the passphrase and its keyboard layout, then try again.</source>
        <translation>Prüfen Sie die Passphrase und die Tastaturbelegung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase needed for the key</source>
        <translation>Passphrase für den Schlüssel erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it on a terminal to be asked for the passphrase, or give --passphrase-file.</source>
        <translation>Führen Sie den Befehl in einem Terminal aus, damit die Passphrase abgefragt wird, oder geben Sie --passphrase-file an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key given instead of private</source>
        <translation>Öffentlicher statt privater Schlüssel angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the private key file (key_3_leaf.pem, not key_3_leaf_pub.pem).</source>
        <translation>Verwenden Sie die private Schlüsseldatei (key_3_leaf.pem, nicht key_3_leaf_pub.pem).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key has the wrong size</source>
        <translation>Öffentlicher Schlüssel hat die falsche Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key file cannot be decoded</source>
        <translation>Schlüsseldatei kann nicht dekodiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an undamaged PEM key file such as key_3_leaf.pem.</source>
        <translation>Geben Sie eine unbeschädigte PEM-Schlüsseldatei wie key_3_leaf.pem an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA mailbox not found</source>
        <translation>DA-Mailbox nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the SWD wiring and that the board is powered.</source>
        <translation>Prüfen Sie die SWD-Verdrahtung und ob das Board mit Strom versorgt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response from the DA mailbox</source>
        <translation>Keine Antwort von der DA-Mailbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chip&apos;s state and its DA provisioning, then start a new session.</source>
        <translation>Prüfen Sie den Zustand des Chips und seine DA-Provisionierung und starten Sie dann eine neue Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+747"/>
        <location line="+197"/>
        <source>Nothing answers on SWD</source>
        <translation>Keine Antwort über SWD</translation>
    </message>
    <message>
        <location line="-941"/>
        <source>Check SWDIO, SWCLK, GND and the target&apos;s power; lower the SWD clock.</source>
        <translation>Prüfen Sie SWDIO, SWCLK, GND und die Stromversorgung des Targets; senken Sie den SWD-Takt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the leaf key with --key.</source>
        <translation>Geben Sie den Leaf-Schlüssel mit --key an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission requested</source>
        <translation>Keine Berechtigung angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one permission with --permission.</source>
        <translation>Geben Sie mit --permission eine Berechtigung an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session not connected</source>
        <translation>DA-Sitzung nicht verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect the session first, then repeat the step.</source>
        <translation>Verbinden Sie zuerst die Sitzung und wiederholen Sie dann den Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session not open</source>
        <translation>DA-Sitzung nicht geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new session (a reset with the request word) first.</source>
        <translation>Öffnen Sie zuerst eine neue Sitzung (ein Reset mit dem Anforderungswort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NRST not effective</source>
        <translation>NRST ohne Wirkung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wire the probe&apos;s T_NRST to the chip&apos;s NRST, or use the guided manual reset.</source>
        <translation>Verbinden Sie T_NRST der Probe mit NRST des Chips oder verwenden Sie den geführten manuellen Reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong .obk destination</source>
        <translation>Falsches .obk-Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the DA_Config.obk or DA_ConfigWithPassword.obk made for this family.</source>
        <translation>Verwenden Sie die für diese Familie erstellte DA_Config.obk oder DA_ConfigWithPassword.obk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusual .obk flag word</source>
        <translation>Ungewöhnliches .obk-Flag-Wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Regenerate the .obk from its XML.</source>
        <translation>Erzeugen Sie die .obk aus ihrer XML-Datei neu.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Damaged .obk file</source>
        <translation>Beschädigte .obk-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate the .obk from its XML with ST&apos;s tools or rescue da make-credentials.</source>
        <translation>Erzeugen Sie die .obk mit den Tools von ST oder mit rescue da make-credentials aus ihrer XML-Datei neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid .obk file</source>
        <translation>Keine gültige .obk-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the DA_Config.obk or DA_ConfigWithPassword.obk made for the chip.</source>
        <translation>Wählen Sie die für den Chip erstellte DA_Config.obk oder DA_ConfigWithPassword.obk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File is DA_ConfigLock.obk</source>
        <translation>Datei ist DA_ConfigLock.obk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give DA_Config.obk or DA_ConfigWithPassword.obk instead.</source>
        <translation>Geben Sie stattdessen DA_Config.obk oder DA_ConfigWithPassword.obk an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission mask too wide for the .obk</source>
        <translation>Berechtigungsmaske zu breit für die .obk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only permission bits 0 to 31 for this family.</source>
        <translation>Verwenden Sie für diese Familie nur die Berechtigungsbits 0 bis 31.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family takes no .obk file</source>
        <translation>Familie verwendet keine .obk-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program the password hash into OTP as the hint shows, not an .obk.</source>
        <translation>Programmieren Sie den Passwort-Hash wie im Hinweis gezeigt in den OTP, nicht als .obk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.obk is not the certificate configuration</source>
        <translation>.obk ist nicht die Zertifikatskonfiguration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give DA_Config.obk to check a certificate chain.</source>
        <translation>Geben Sie DA_Config.obk an, um eine Zertifikatskette zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No .obk given</source>
        <translation>Keine .obk angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add --obk with the .obk that was provisioned.</source>
        <translation>Geben Sie --obk mit der provisionierten .obk an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.obk reserved bytes are not zero</source>
        <translation>Reservierte Bytes der .obk sind nicht null</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.obk payload has the wrong size</source>
        <translation>.obk-Nutzdaten haben die falsche Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+304"/>
        <source>Use the .obk as ST&apos;s tools made it.</source>
        <translation>Verwenden Sie die .obk so, wie die Tools von ST sie erstellt haben.</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>.obk file too short</source>
        <translation>.obk-Datei zu kurz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the .obk file made for the chip.</source>
        <translation>Wählen Sie die für den Chip erstellte .obk-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implausible ADAC packet length</source>
        <translation>Unplausible ADAC-Paketlänge</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Reset the target and start a new session.</source>
        <translation>Setzen Sie das Target zurück und starten Sie eine neue Sitzung.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ADAC packet length mismatch</source>
        <translation>ADAC-Paketlänge stimmt nicht überein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the start of an ADAC packet</source>
        <translation>Kein Anfang eines ADAC-Pakets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ADAC packet header cut short</source>
        <translation>ADAC-Paket-Header abgeschnitten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chip refused the password</source>
        <translation>Chip hat das Passwort abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the password file provisioned into this chip (password.bin or the raw file).</source>
        <translation>Geben Sie die Passwortdatei an, die in diesen Chip provisioniert wurde (password.bin oder die Rohdatei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty password</source>
        <translation>Leeres Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a password of 1 to 16 characters.</source>
        <translation>Geben Sie ein Passwort mit 1 bis 16 Zeichen an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password does not match the .obk</source>
        <translation>Passwort passt nicht zur .obk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the password file made with this DA_ConfigWithPassword.obk.</source>
        <translation>Verwenden Sie die Passwortdatei, die zusammen mit dieser DA_ConfigWithPassword.obk erstellt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password matches the .obk</source>
        <translation>Passwort passt zur .obk</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+302"/>
        <location line="+80"/>
        <source>Nothing to do.</source>
        <translation>Keine Aktion erforderlich.</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Password file length mismatch</source>
        <translation>Länge der Passwortdatei stimmt nicht überein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate the password file.</source>
        <translation>Erzeugen Sie die Passwortdatei neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File is not a password TLV</source>
        <translation>Datei ist kein Passwort-TLV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick password.bin or a raw password file.</source>
        <translation>Wählen Sie password.bin oder eine Passwortdatei mit dem Rohpasswort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password too long</source>
        <translation>Passwort zu lang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you picked the password file.</source>
        <translation>Prüfen Sie, ob Sie die Passwortdatei gewählt haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong file given as the password</source>
        <translation>Falsche Datei als Passwort angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick password.bin (ST&apos;s TLV) or the raw password file (user_password.bin).</source>
        <translation>Wählen Sie password.bin (TLV von ST) oder die Passwortdatei mit dem Rohpasswort (user_password.bin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not granted</source>
        <translation>Berechtigung nicht gewährt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a permission the chip&apos;s discovery offers.</source>
        <translation>Fordern Sie eine Berechtigung an, die die Discovery des Chips anbietet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not in every certificate</source>
        <translation>Berechtigung nicht in jedem Zertifikat enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a permission every certificate allows, or issue new certificates.</source>
        <translation>Fordern Sie eine Berechtigung an, die jedes Zertifikat erlaubt, oder stellen Sie neue Zertifikate aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not offered by the chip</source>
        <translation>Berechtigung wird vom Chip nicht angeboten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for one of the permissions the chip offers.</source>
        <translation>Fordern Sie eine der Berechtigungen an, die der Chip anbietet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions the chain can grant</source>
        <translation>Berechtigungen, die die Zertifikatskette gewähren kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No permission in common</source>
        <translation>Keine gemeinsame Berechtigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-issue the certificates with overlapping permission masks.</source>
        <translation>Stellen Sie die Zertifikate mit überlappenden Berechtigungsmasken neu aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission asked for</source>
        <translation>Keine Berechtigung angefordert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add --permission with the permission you will ask for.</source>
        <translation>Geben Sie --permission mit der Berechtigung an, die Sie anfordern werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested permission outside the grant</source>
        <translation>Angeforderte Berechtigung außerhalb der Freigabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask only for permissions the chain and the chip&apos;s discovery allow.</source>
        <translation>Fordern Sie nur Berechtigungen an, die die Zertifikatskette und die Discovery des Chips erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.obk allows less than the certificates</source>
        <translation>.obk erlaubt weniger als die Zertifikate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do unless you need that permission.</source>
        <translation>Keine Aktion erforderlich, sofern Sie diese Berechtigung nicht benötigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission set has the wrong size</source>
        <translation>Berechtigungssatz hat die falsche Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the certificate, token or .obk for damage.</source>
        <translation>Prüfen Sie Zertifikat, Token oder .obk auf Beschädigung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission mask not understood</source>
        <translation>Berechtigungsmaske nicht erkannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a hex mask such as 0x4000 or a name such as full-regression.</source>
        <translation>Geben Sie eine Hex-Maske wie 0x4000 oder einen Namen wie full-regression ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission mask over 128 bits</source>
        <translation>Berechtigungsmaske über 128 Bit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a mask of at most 32 hex digits.</source>
        <translation>Geben Sie eine Maske mit höchstens 32 Hex-Ziffern ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission bit with no known meaning</source>
        <translation>Berechtigungsbit ohne bekannte Bedeutung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a named permission, for example full-regression.</source>
        <translation>Fordern Sie eine benannte Berechtigung an, zum Beispiel full-regression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown permission name</source>
        <translation>Unbekannter Berechtigungsname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the family&apos;s permission names, or give the mask in hex.</source>
        <translation>Verwenden Sie einen der Berechtigungsnamen der Familie oder geben Sie die Maske in Hex an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe failed during DA</source>
        <translation>Probe-Fehler während DA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s USB connection and the SWD wiring, then run the command again.</source>
        <translation>Prüfen Sie die USB-Verbindung der Probe und die SWD-Verdrahtung und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DA_ConfigLock is never written</source>
        <translation>DA_ConfigLock wird nie geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision DA_Config.obk or DA_ConfigWithPassword.obk instead.</source>
        <translation>Provisionieren Sie stattdessen DA_Config.obk oder DA_ConfigWithPassword.obk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioned configuration not seen</source>
        <translation>Provisionierte Konfiguration nicht erkannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the file matches this chip&apos;s DA method, then provision again.</source>
        <translation>Prüfen Sie, ob die Datei zur DA-Methode dieses Chips passt, und provisionieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip not in Provisioning</source>
        <translation>Chip nicht in Provisioning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move an Open chip to Provisioning first; a closed chip needs a DA regression.</source>
        <translation>Versetzen Sie einen Open-Chip zuerst in Provisioning; ein geschlossener Chip benötigt eine DA-Regression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip not in the device catalog</source>
        <translation>Chip nicht im Gerätekatalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the part with rescue connect, or run the STM32CubeProgrammer command shown.</source>
        <translation>Prüfen Sie das Bauteil mit rescue connect oder führen Sie den angezeigten STM32CubeProgrammer-Befehl aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+379"/>
        <source>Boot ROM service not reachable</source>
        <translation>Boot-ROM-Dienst nicht erreichbar</translation>
    </message>
    <message>
        <location line="-376"/>
        <location line="+379"/>
        <source>Run the STM32CubeProgrammer command shown in the hint.</source>
        <translation>Führen Sie den im Hinweis angezeigten STM32CubeProgrammer-Befehl aus.</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Wrong root of trust</source>
        <translation>Falscher Vertrauensanker (Root of Trust)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain issued under the root key provisioned in the chip.</source>
        <translation>Verwenden Sie die Zertifikatskette, die unter dem im Chip provisionierten Root-Schlüssel ausgestellt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale challenge</source>
        <translation>Veraltete Challenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new session and sign the token over its challenge.</source>
        <translation>Starten Sie eine neue Sitzung und signieren Sie das Token über deren Challenge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product state not readable</source>
        <translation>Produktzustand nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the family&apos;s catalog entry defines its product-state field.</source>
        <translation>Prüfen Sie, ob der Katalogeintrag der Familie ihr Produktzustandsfeld definiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLV reserved field is not zero</source>
        <translation>Reserviertes TLV-Feld ist nicht null</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Use the original file.</source>
        <translation>Verwenden Sie die originale Datei.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Data after the last TLV record</source>
        <translation>Daten nach dem letzten TLV-Datensatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLV record cut short</source>
        <translation>TLV-Datensatz abgeschnitten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token is not ECDSA P-256</source>
        <translation>Token ist nicht ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token with the P-256 leaf key.</source>
        <translation>Signieren Sie das Token mit dem P-256-Leaf-Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token signature does not verify</source>
        <translation>Token-Signatur ist ungültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the token with the leaf key over the challenge of the latest AUTH_START.</source>
        <translation>Signieren Sie das Token mit dem Leaf-Schlüssel über die Challenge des letzten AUTH_START.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token has the wrong size</source>
        <translation>Token hat die falsche Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token again.</source>
        <translation>Signieren Sie das Token erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported token version</source>
        <translation>Nicht unterstützte Token-Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token again with a current tool.</source>
        <translation>Signieren Sie das Token erneut mit einem aktuellen Tool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown permission</source>
        <translation>Unbekannte Berechtigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a permission name of the chip&apos;s family or a bit number from 0 to 127.</source>
        <translation>Geben Sie einen Berechtigungsnamen der Familie des Chips oder eine Bitnummer von 0 bis 127 an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML has no destination address</source>
        <translation>XML enthält keine Zieladresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+4"/>
        <source>Give the DA_Config.xml or DA_ConfigWithPassword.xml from ST&apos;s package.</source>
        <translation>Geben Sie die DA_Config.xml oder DA_ConfigWithPassword.xml aus dem Paket von ST an.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>XML has no DoEncryption value</source>
        <translation>XML enthält keinen DoEncryption-Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML names no DA method</source>
        <translation>XML nennt keine DA-Methode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML has no Info element</source>
        <translation>XML enthält kein Info-Element</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an ST DA configuration XML</source>
        <translation>Keine DA-Konfigurations-XML von ST</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML and .obk destinations differ</source>
        <translation>Ziele von XML und .obk unterscheiden sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Rebuild the .obk from this XML, or give the matching pair.</source>
        <translation>Erstellen Sie die .obk aus dieser XML neu oder geben Sie das passende Paar an.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>.obk was not built from this XML</source>
        <translation>.obk wurde nicht aus dieser XML erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML and .obk flags differ</source>
        <translation>Flags von XML und .obk unterscheiden sich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML password differs from the .obk</source>
        <translation>XML-Passwort weicht von der .obk ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML and .obk permissions differ</source>
        <translation>Berechtigungen von XML und .obk unterscheiden sich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML has no password</source>
        <translation>XML enthält kein Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML permission missing or invalid</source>
        <translation>XML-Berechtigung fehlt oder ist ungültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root key missing for the XML</source>
        <translation>Root-Schlüssel für die XML fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the root public key the XML names.</source>
        <translation>Geben Sie den öffentlichen Root-Schlüssel an, den die XML nennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML root key not read</source>
        <translation>Root-Schlüssel der XML nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the XML next to its Keys folder, as in ST&apos;s package.</source>
        <translation>Bewahren Sie die XML neben ihrem Keys-Ordner auf, wie im Paket von ST.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML root key differs from the chain</source>
        <translation>Root-Schlüssel der XML weicht von der Zertifikatskette ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision and sign with the same root key.</source>
        <translation>Provisionieren und signieren Sie mit demselben Root-Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown part number</source>
        <translation>Unbekannte Teilenummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the part number; the hint lists close matches or the known lines.</source>
        <translation>Prüfen Sie die Teilenummer; der Hinweis listet ähnliche Treffer oder die bekannten Linien auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job cancelled</source>
        <translation>Auftrag abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the action again when ready.</source>
        <translation>Führen Sie die Aktion erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job has nothing to run</source>
        <translation>Auftrag ohne auszuführende Funktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it with the journal.</source>
        <translation>Melden Sie den Fehler zusammen mit dem Journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job stopped on an unexpected error</source>
        <translation>Auftrag durch unerwarteten Fehler beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it and attach the journal, which holds the events that led to it.</source>
        <translation>Melden Sie den Fehler und hängen Sie das Journal an, das die vorausgehenden Ereignisse enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe session not open</source>
        <translation>Probe-Sitzung nicht geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the probe again, then repeat the action.</source>
        <translation>Öffnen Sie die Probe erneut und wiederholen Sie dann die Aktion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event line is not valid</source>
        <translation>Ereigniszeile ist ungültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do; the events around it are unaffected.</source>
        <translation>Keine Aktion erforderlich; die umgebenden Ereignisse sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged journal line</source>
        <translation>Beschädigte Journalzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do; the other lines were read.</source>
        <translation>Keine Aktion erforderlich; die übrigen Zeilen wurden gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal folder cannot be created</source>
        <translation>Journal-Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Check that the data folder is writable; events are shown but not saved.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar ist; Ereignisse werden angezeigt, aber nicht gespeichert.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Journal file cannot be created</source>
        <translation>Journaldatei kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal cannot be read</source>
        <translation>Journal kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event not saved to the journal</source>
        <translation>Ereignis nicht im Journal gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space; events are still shown but not saved.</source>
        <translation>Geben Sie Speicherplatz frei; Ereignisse werden weiterhin angezeigt, aber nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lab probe URI</source>
        <translation>Ungültige Labor-Probe-URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write lab:NAME (see rescue lab list) or lab:path/to/scenario.json.</source>
        <translation>Geben Sie lab:NAME (siehe rescue lab list) oder lab:path/to/scenario.json ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab board in use</source>
        <translation>Labor-Board wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the other command to finish or stop it, then try again.</source>
        <translation>Warten Sie, bis der andere Befehl beendet ist, oder beenden Sie ihn, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault campaign found failures</source>
        <translation>Fehlerinjektionskampagne hat Fehlschläge gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat a failed run with the command printed next to it and read its journal.</source>
        <translation>Wiederholen Sie einen fehlgeschlagenen Lauf mit dem daneben ausgegebenen Befehl und lesen Sie sein Journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog lacks a flash register for the lab</source>
        <translation>Flash-Register für das Labor fehlt im Katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check flashRegisters in the family&apos;s resources/devices file.</source>
        <translation>Prüfen Sie flashRegisters in der Datei der Familie unter resources/devices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab cannot build the chip</source>
        <translation>Labor kann den Chip nicht aufbauen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the family&apos;s file in resources/devices.</source>
        <translation>Prüfen Sie die Datei der Familie in resources/devices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid chip parameter in a scenario</source>
        <translation>Ungültiger Chip-Parameter in einem Szenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the value; core/sim/stm32/chip_parameters.h lists the keys.</source>
        <translation>Korrigieren Sie den Wert; core/sim/stm32/chip_parameters.h listet die Schlüssel auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External flash program crosses a page</source>
        <translation>Programmierung des externen Flash überschreitet eine Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split the write at 256-byte page boundaries.</source>
        <translation>Teilen Sie den Schreibvorgang an 256-Byte-Seitengrenzen auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address outside the external flash</source>
        <translation>Adresse außerhalb des externen Flash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the offset and length inside the external flash.</source>
        <translation>Halten Sie Offset und Länge innerhalb des externen Flash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant asks the lab chip for nothing</source>
        <translation>Freigabe fordert vom Labor-Chip nichts an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a permission that triggers an action, such as full-regression.</source>
        <translation>Fordern Sie eine Berechtigung an, die eine Aktion auslöst, etwa full-regression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family keeps no DA password in OTP</source>
        <translation>Familie speichert kein DA-Passwort im OTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision the password method with its .obk for this family.</source>
        <translation>Provisionieren Sie für diese Familie die Passwortmethode mit ihrer .obk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lab scenarios found</source>
        <translation>Keine Laborszenarien gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set RESCUE_RESOURCE_DIR to the resources/ folder of the installation.</source>
        <translation>Setzen Sie RESCUE_RESOURCE_DIR auf den Ordner resources/ der Installation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab board cannot be saved</source>
        <translation>Labor-Board kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the scenario from a file (lab:NAME or lab:path/to/file.json).</source>
        <translation>Laden Sie das Szenario aus einer Datei (lab:NAME oder lab:path/to/file.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab boot ROM refused the .obk size</source>
        <translation>Labor-Boot-ROM hat die .obk-Größe abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab chip refused the .obk destination</source>
        <translation>Labor-Chip hat das .obk-Ziel abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the .obk made for this family.</source>
        <translation>Verwenden Sie die für diese Familie erstellte .obk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip not in Provisioning</source>
        <translation>Labor-Chip nicht in Provisioning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the chip to Provisioning first.</source>
        <translation>Versetzen Sie den Chip zuerst in Provisioning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the option change</source>
        <translation>Labor-Chip hat die Option-Byte-Änderung abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the change with rescue ob check.</source>
        <translation>Prüfen Sie die Änderung mit rescue ob check.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the product state</source>
        <translation>Labor-Chip hat den Produktzustand abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the move with rescue ob check and go through the allowed states.</source>
        <translation>Prüfen Sie den Zustandswechsel mit rescue ob check und durchlaufen Sie die zulässigen Zustände.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regression already running</source>
        <translation>Regression läuft bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the running regression to finish.</source>
        <translation>Warten Sie, bis die laufende Regression abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regression not possible in this state</source>
        <translation>Regression in diesem Zustand nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chip&apos;s state and the regression&apos;s requirements.</source>
        <translation>Prüfen Sie den Zustand des Chips und die Voraussetzungen der Regression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug re-open without a level</source>
        <translation>Debug-Wiederöffnung ohne Level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a debug re-open permission that names a level.</source>
        <translation>Fordern Sie eine Berechtigung zur Debug-Wiederöffnung an, die ein Level nennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug re-open not allowed</source>
        <translation>Debug-Wiederöffnung nicht zulässig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a regression instead, if the state allows one.</source>
        <translation>Verwenden Sie stattdessen eine Regression, sofern der Zustand eine zulässt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an option register address</source>
        <translation>Keine Adresse eines Option-Registers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the address of an option register of this family.</source>
        <translation>Geben Sie die Adresse eines Option-Registers dieser Familie an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product state not set through the ROM</source>
        <translation>Produktzustand wird nicht über das ROM gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program the product state through the option bytes (rescue ob write).</source>
        <translation>Programmieren Sie den Produktzustand über die Option-Bytes (rescue ob write).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved lab board state unusable</source>
        <translation>Gespeicherter Zustand des Labor-Boards unbrauchbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run rescue lab reset NAME to start again from the scenario.</source>
        <translation>Führen Sie rescue lab reset NAME aus, um erneut vom Szenario aus zu beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved lab board state malformed</source>
        <translation>Gespeicherter Zustand des Labor-Boards fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Reset the lab board to its scenario (rescue lab reset).</source>
        <translation>Setzen Sie das Labor-Board auf sein Szenario zurück (rescue lab reset).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>State not expressible in option bytes</source>
        <translation>Zustand nicht in Option-Bytes darstellbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the scenario&apos;s option bytes and lifecycle agree.</source>
        <translation>Bringen Sie Option-Bytes und Lebenszyklus des Szenarios in Übereinstimmung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved state is for another part</source>
        <translation>Gespeicherter Zustand gehört zu einem anderen Bauteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab store file error</source>
        <translation>Dateifehler im Laborspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the data directory is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob das Datenverzeichnis beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected area removed</source>
        <translation>Geschützter Bereich entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area outside the bank</source>
        <translation>Bereich außerhalb der Bank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the area inside the bank&apos;s sectors, or set start after end for no area.</source>
        <translation>Halten Sie den Bereich innerhalb der Sektoren der Bank oder setzen Sie den Anfang hinter das Ende, um keinen Bereich festzulegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle move goes backwards</source>
        <translation>Lebenszyklus-Wechsel geht rückwärts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back with a DA regression (rescue da auth --permission full-regression).</source>
        <translation>Gehen Sie mit einer DA-Regression zurück (rescue da auth --permission full-regression).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot address outside boot memory</source>
        <translation>Boot-Adresse außerhalb des Boot-Speichers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point it at the application&apos;s vector table, as ST&apos;s scripts do.</source>
        <translation>Lassen Sie sie auf die Vektortabelle der Anwendung zeigen, wie es die Skripte von ST tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot address in the other security domain</source>
        <translation>Boot-Adresse in der anderen Sicherheitsdomäne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the alias that matches the field&apos;s security domain.</source>
        <translation>Verwenden Sie den Alias, der zur Sicherheitsdomäne des Felds passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot lock is permanent</source>
        <translation>Boot-Lock ist dauerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the boot address first; leave the lock at 0xC3 while developing.</source>
        <translation>Prüfen Sie zuerst die Boot-Adresse; lassen Sie den Lock während der Entwicklung auf 0xC3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog lacks a FLASH register</source>
        <translation>FLASH-Register fehlt im Katalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the family&apos;s file in resources/devices (docs/device-catalog.md).</source>
        <translation>Prüfen Sie die Datei der Familie in resources/devices (docs/device-catalog.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option bytes changed since read</source>
        <translation>Option-Bytes seit dem Lesen geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read them again, then make the change over what is there now.</source>
        <translation>Lesen Sie sie erneut und nehmen Sie die Änderung dann auf Basis des aktuellen Inhalts vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing debug</source>
        <translation>Debug wird geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the DA credentials (keys, certificates or password) safe before closing.</source>
        <translation>Bewahren Sie die DA-Credentials (Schlüssel, Zertifikate oder Passwort) vor dem Schließen sicher auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing without DA provisioned</source>
        <translation>Schließen ohne provisionierte DA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision the DA configuration in Provisioning and check it before closing.</source>
        <translation>Provisionieren Sie die DA-Konfiguration in Provisioning und prüfen Sie sie vor dem Schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug locked for good</source>
        <translation>Debug dauerhaft gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0x51 (certificates) or 0x8A (password) instead.</source>
        <translation>Verwenden Sie stattdessen 0x51 (Zertifikate) oder 0x8A (Passwort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash error after erase</source>
        <translation>Flash-Fehler nach dem Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the option bytes and erase again after a reset.</source>
        <translation>Lesen Sie die Option-Bytes und löschen Sie nach einem Reset erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase cut short</source>
        <translation>Löschvorgang unterbrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the board&apos;s power and reset line, then erase again.</source>
        <translation>Prüfen Sie die Stromversorgung und die Reset-Leitung des Boards und löschen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase refused by write protection</source>
        <translation>Löschen durch Schreibschutz verweigert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear write protection first (the hint gives the command), then erase again.</source>
        <translation>Heben Sie zuerst den Schreibschutz auf (der Hinweis nennt den Befehl) und löschen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field frozen by a boot lock</source>
        <translation>Feld durch Boot-Lock eingefroren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the field as it is; nothing clears the boot lock.</source>
        <translation>Lassen Sie das Feld unverändert; nichts hebt den Boot-Lock auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field frozen in this state</source>
        <translation>Feld in diesem Zustand eingefroren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change it in a state where it is writable, such as Open after a DA regression.</source>
        <translation>Ändern Sie es in einem Zustand, in dem es beschreibbar ist, etwa Open nach einer DA-Regression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide-protected area</source>
        <translation>Verborgener Bereich (HDP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep only boot-time secrets and code there.</source>
        <translation>Legen Sie dort nur Geheimnisse und Code ab, die beim Booten benötigt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide-protected area holds the boot address</source>
        <translation>Verborgener Bereich (HDP) enthält die Boot-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide only the secure boot loader&apos;s sectors; boot the application outside.</source>
        <translation>Verbergen Sie nur die Sektoren des Secure-Bootloaders; booten Sie die Anwendung außerhalb davon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Not a valid code for the field</source>
        <translation>Kein gültiger Code für das Feld</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Use one of the listed values (rescue ob read shows them).</source>
        <translation>Verwenden Sie einen der aufgeführten Werte (rescue ob read zeigt sie an).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug link drops on a state change</source>
        <translation>Debug-Verbindung bricht beim Zustandswechsel ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locking the chip for good</source>
        <translation>Chip wird dauerhaft gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close with Closed (0x72) instead, which DA can still reopen.</source>
        <translation>Schließen Sie stattdessen mit Closed (0x72), das sich per DA wieder öffnen lässt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip is Locked</source>
        <translation>Der Chip ist Locked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be done through the debug port.</source>
        <translation>Über den Debug-Port ist nichts mehr möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such flash bank</source>
        <translation>Flash-Bank existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use --mass, or a bank number the part has.</source>
        <translation>Verwenden Sie --mass oder eine Banknummer, die das Bauteil hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target not identified</source>
        <translation>Target nicht identifiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run rescue connect to see what answers.</source>
        <translation>Führen Sie rescue connect aus, um zu sehen, was antwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family has no TZ-Closed state</source>
        <translation>Familie hat keinen TZ-Closed-Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close with Closed (0x72) instead.</source>
        <translation>Schließen Sie stattdessen mit Closed (0x72).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVSTATE is not written directly</source>
        <translation>NVSTATE wird nicht direkt geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request the Closed product state (0x72) instead.</source>
        <translation>Fordern Sie stattdessen den Produktzustand Closed (0x72) an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to closed in one step</source>
        <translation>Direkter Wechsel von Open in einen geschlossenen Zustand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Provisioning, provision and check DA, then close.</source>
        <translation>Wechseln Sie zu Provisioning, provisionieren und prüfen Sie DA und schließen Sie dann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip refused the option change</source>
        <translation>Chip hat die Option-Byte-Änderung abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the option bytes and check the change with rescue ob check.</source>
        <translation>Lesen Sie die Option-Bytes und prüfen Sie die Änderung mit rescue ob check.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locking OTP blocks for good</source>
        <translation>OTP-Blöcke werden dauerhaft gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program the OTP content and check it before locking.</source>
        <translation>Programmieren Sie den OTP-Inhalt und prüfen Sie ihn vor dem Sperren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entering Provisioning</source>
        <translation>Wechsel zu Provisioning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the DA configuration (.obk) ready to provision right after this step.</source>
        <translation>Halten Sie die DA-Konfiguration (.obk) bereit, um sie direkt nach diesem Schritt zu provisionieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field is read-only</source>
        <translation>Feld ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it as read.</source>
        <translation>Lassen Sie es so, wie es gelesen wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change refused by the validator</source>
        <translation>Änderung vom Validator abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the findings and do what they suggest instead.</source>
        <translation>Lesen Sie die Befunde und folgen Sie stattdessen deren Empfehlungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to Open needs a DA regression</source>
        <translation>Rückkehr zu Open erfordert eine DA-Regression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run rescue da auth --permission full-regression with the provisioned credentials.</source>
        <translation>Führen Sie rescue da auth --permission full-regression mit den provisionierten Credentials aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State move needs another field first</source>
        <translation>Zustandswechsel erfordert zuerst ein anderes Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the required field first, in its own write while Open or Provisioning.</source>
        <translation>Setzen Sie zuerst das erforderliche Feld, in einem eigenen Schreibvorgang in Open oder Provisioning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change touches reserved bits</source>
        <translation>Änderung betrifft reservierte Bits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change named fields only.</source>
        <translation>Ändern Sie nur benannte Felder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secure watermark area</source>
        <translation>Secure-Watermark-Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the secure application fits inside the area.</source>
        <translation>Prüfen Sie, ob die Secure-Anwendung in den Bereich passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-only bits would be cleared</source>
        <translation>Nur setzbare Bits würden gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep every bit that is already set.</source>
        <translation>Behalten Sie jedes bereits gesetzte Bit bei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a product-state code</source>
        <translation>Kein Produktzustandscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the listed product-state codes.</source>
        <translation>Verwenden Sie einen der aufgeführten Produktzustandscodes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State entered only by the hardware</source>
        <translation>Zustand wird nur von der Hardware eingenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the regression itself with rescue da auth --permission full-regression.</source>
        <translation>Führen Sie die Regression selbst mit rescue da auth --permission full-regression aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product state in force unknown</source>
        <translation>Geltender Produktzustand unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the option bytes again (rescue ob read).</source>
        <translation>Lesen Sie die Option-Bytes erneut (rescue ob read).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid TCM share value</source>
        <translation>Ungültiger TCM-Share-Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0, 1, 2 or 3.</source>
        <translation>Verwenden Sie 0, 1, 2 oder 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash stayed busy</source>
        <translation>Flash blieb belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power-cycle the board and read the option bytes again before retrying.</source>
        <translation>Schalten Sie das Board aus und wieder ein und lesen Sie die Option-Bytes erneut, bevor Sie es wieder versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrustZone setting changes</source>
        <translation>TrustZone-Einstellung ändert sich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision the DA configuration that matches the new TZEN.</source>
        <translation>Provisionieren Sie die DA-Konfiguration, die zum neuen TZEN passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TZEN not changeable in this state</source>
        <translation>TZEN in diesem Zustand nicht änderbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the chip back to Open with a DA regression first.</source>
        <translation>Bringen Sie den Chip zuerst mit einer DA-Regression zurück zu Open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irreversible change not confirmed</source>
        <translation>Irreversible Änderung nicht bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the confirmation phrase exactly (--confirm).</source>
        <translation>Geben Sie die Bestätigungsphrase exakt ein (--confirm).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition not confirmed by the manual</source>
        <translation>Übergang nicht durch das Referenzhandbuch bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do; check the result after the move.</source>
        <translation>Keine Aktion erforderlich; prüfen Sie das Ergebnis nach dem Wechsel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash unlock refused</source>
        <translation>Flash-Entsperrung verweigert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset or power-cycle the board, then try again.</source>
        <translation>Setzen Sie das Board zurück oder schalten Sie es aus und wieder ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes not readable</source>
        <translation>Option-Bytes nicht lesbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the chip with Debug Authentication, then read them again.</source>
        <translation>Öffnen Sie den Chip mit Debug-Authentifizierung wieder und lesen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip did not take the change</source>
        <translation>Chip hat die Änderung nicht übernommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the change with rescue ob check; nothing was retried.</source>
        <translation>Prüfen Sie die Änderung mit rescue ob check; es wurde nichts wiederholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole bank write-protected</source>
        <translation>Gesamte Bank schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect only the boot code&apos;s sectors; clear WRP before any mass erase.</source>
        <translation>Schützen Sie nur die Sektoren des Boot-Codes; heben Sie WRP vor jeder Massenlöschung auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectors become write-protected</source>
        <translation>Sektoren werden schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect only what the boot code needs; clear WRP before erasing.</source>
        <translation>Schützen Sie nur, was der Boot-Code benötigt; heben Sie WRP vor dem Löschen auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value not understood</source>
        <translation>Wert nicht erkannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a number (0x1F, 0b101 or 31) or one of the field&apos;s value names.</source>
        <translation>Geben Sie eine Zahl (0x1F, 0b101 oder 31) oder einen der Wertnamen des Felds ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use one of the valid values the hint lists.</source>
        <translation>Verwenden Sie einen der gültigen Werte, die der Hinweis auflistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option-byte file for another family</source>
        <translation>Option-Byte-Datei für eine andere Familie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a file exported from a board of the same family.</source>
        <translation>Importieren Sie eine Datei, die von einem Board derselben Familie exportiert wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid fields in the option-byte file</source>
        <translation>Ungültige Felder in der Option-Byte-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export a board with rescue ob read --export FILE to see the layout.</source>
        <translation>Exportieren Sie ein Board mit rescue ob read --export FILE, um das Format zu sehen.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not an option-byte export</source>
        <translation>Kein Option-Byte-Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option-byte file is not valid JSON</source>
        <translation>Option-Byte-Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid part in the option-byte file</source>
        <translation>Ungültiges Bauteil in der Option-Byte-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown register in the option-byte file</source>
        <translation>Unbekanntes Register in der Option-Byte-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid registers in the option-byte file</source>
        <translation>Ungültige Register in der Option-Byte-Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register value is not a 32-bit number</source>
        <translation>Registerwert ist keine 32-Bit-Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write protection for a missing bank</source>
        <translation>Schreibschutz für eine nicht vorhandene Bank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the part is identified correctly (rescue connect).</source>
        <translation>Prüfen Sie, ob das Bauteil korrekt identifiziert ist (rescue connect).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such flash sector</source>
        <translation>Flash-Sektor existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a sector number the part has.</source>
        <translation>Verwenden Sie eine Sektornummer, die das Bauteil hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field cannot be told from the registers</source>
        <translation>Feld nicht aus den Registern ableitbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a DA discovery (rescue da discover) to tell the state.</source>
        <translation>Ermitteln Sie den Zustand mit einer DA-Discovery (rescue da discover).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a write-protection field</source>
        <translation>Kein Schreibschutzfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name a write-protection field of this family.</source>
        <translation>Nennen Sie ein Schreibschutzfeld dieser Familie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field set only through the boot ROM</source>
        <translation>Feld wird nur über das Boot-ROM gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the product-state transition, which goes through the boot ROM service.</source>
        <translation>Verwenden Sie den Produktzustandsübergang, der über den Boot-ROM-Dienst läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a NAME=VALUE assignment</source>
        <translation>Keine Zuweisung der Form NAME=VALUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write it like PRODUCT_STATE=0x17 or SWAP_BANK=0.</source>
        <translation>Schreiben Sie sie etwa als PRODUCT_STATE=0x17 oder SWAP_BANK=0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option-byte field</source>
        <translation>Unbekanntes Option-Byte-Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name; the hint lists close matches.</source>
        <translation>Prüfen Sie den Namen; der Hinweis listet ähnliche Treffer auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option register</source>
        <translation>Unbekanntes Option-Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the register name against rescue ob read.</source>
        <translation>Prüfen Sie den Registernamen anhand von rescue ob read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value too wide for the field</source>
        <translation>Wert zu breit für das Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a value that fits; for an address field, write the shifted value.</source>
        <translation>Geben Sie einen passenden Wert an; für ein Adressfeld schreiben Sie den verschobenen Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several probes, none named</source>
        <translation>Mehrere Probes, keine benannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one probe by its serial, as the hint shows.</source>
        <translation>Benennen Sie eine Probe über ihre Seriennummer, wie im Hinweis gezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access port does not answer</source>
        <translation>Access Port antwortet nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use another access port, or open the chip with Debug Authentication.</source>
        <translation>Verwenden Sie einen anderen Access Port oder öffnen Sie den Chip mit Debug-Authentifizierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed reply from the probe</source>
        <translation>Fehlerhafte Antwort von der Probe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and reconnect the probe; if it repeats, update its firmware.</source>
        <translation>Trennen Sie die Probe und schließen Sie sie wieder an; tritt der Fehler erneut auf, aktualisieren Sie ihre Firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid probe URI</source>
        <translation>Ungültige Probe-URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the probe as rescue probes lists it.</source>
        <translation>Benennen Sie die Probe so, wie rescue probes sie auflistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe disconnected</source>
        <translation>Probe getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+246"/>
        <source>Reconnect the probe and open it again.</source>
        <translation>Schließen Sie die Probe wieder an und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>SWD link error</source>
        <translation>SWD-Verbindungsfehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower the SWD clock, check the wires, or connect under reset.</source>
        <translation>Senken Sie den SWD-Takt, prüfen Sie die Leitungen oder verbinden Sie unter Reset.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target answered FAULT</source>
        <translation>Target hat mit FAULT geantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the address and access port; a closed chip may need Debug Authentication.</source>
        <translation>Prüfen Sie Adresse und Access Port; ein geschlossener Chip benötigt möglicherweise Debug-Authentifizierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe firmware too old</source>
        <translation>Probe-Firmware zu alt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the probe&apos;s firmware with STM32CubeProgrammer or ST-LinkUpgrade.</source>
        <translation>Aktualisieren Sie die Firmware der Probe mit STM32CubeProgrammer oder ST-LinkUpgrade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe in use by another client</source>
        <translation>Probe wird von einem anderen Client verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the other tool&apos;s debug session (STM32CubeIDE, OpenOCD) and try again.</source>
        <translation>Beenden Sie die Debug-Sitzung des anderen Tools (STM32CubeIDE, OpenOCD) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polled value never matched</source>
        <translation>Abgefragter Wert nie erreicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the target is powered and running, then try again.</source>
        <translation>Prüfen Sie, ob das Target mit Strom versorgt ist und läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unaligned memory access</source>
        <translation>Nicht ausgerichteter Speicherzugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an address and a length that are multiples of the access width.</source>
        <translation>Verwenden Sie eine Adresse und eine Länge, die Vielfache der Zugriffsbreite sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe type not available</source>
        <translation>Probe-Typ nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a probe URI of a supported kind; rescue probes lists them.</source>
        <translation>Verwenden Sie eine Probe-URI eines unterstützten Typs; rescue probes listet sie auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power the board, check VREF, SWDIO, SWCLK and GND, or connect under reset.</source>
        <translation>Versorgen Sie das Board mit Strom, prüfen Sie VREF, SWDIO, SWCLK und GND oder verbinden Sie unter Reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe not found</source>
        <translation>Probe nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the USB cable and the udev rule; rescue probes lists what is seen.</source>
        <translation>Prüfen Sie das USB-Kabel und die udev-Regel; rescue probes listet auf, was erkannt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK version reply not decodable</source>
        <translation>ST-LINK-Versionsantwort nicht dekodierbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug the probe and plug it back in; if it persists, update its firmware.</source>
        <translation>Trennen Sie die Probe und schließen Sie sie wieder an; besteht das Problem weiter, aktualisieren Sie ihre Firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe did not answer in time</source>
        <translation>Probe hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and reconnect the probe; if the target is stuck, connect under reset.</source>
        <translation>Trennen Sie die Probe und schließen Sie sie wieder an; hängt das Target, verbinden Sie unter Reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation not supported by the probe</source>
        <translation>Vorgang wird von der Probe nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a supported probe and firmware, or do what the hint suggests.</source>
        <translation>Verwenden Sie eine unterstützte Probe und Firmware oder folgen Sie dem Hinweis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe cannot be used for debugging</source>
        <translation>Probe kann nicht zum Debuggen verwendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an ST-LINK/V2 or later, or finish the firmware update and replug it.</source>
        <translation>Verwenden Sie einen ST-LINK/V2 oder neuer, oder schließen Sie das Firmware-Update ab und stecken Sie die Probe neu ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target kept answering WAIT</source>
        <translation>Target antwortet dauerhaft mit WAIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again; if it persists, connect under reset.</source>
        <translation>Versuchen Sie es erneut; besteht das Problem weiter, verbinden Sie unter Reset.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording file cannot be created</source>
        <translation>Aufzeichnungsdatei kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file in a folder you can write to.</source>
        <translation>Wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording could not be written</source>
        <translation>Aufzeichnung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space or record to another file.</source>
        <translation>Geben Sie Speicherplatz frei oder zeichnen Sie in eine andere Datei auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wizard run for the support bundle</source>
        <translation>Kein Assistentenlauf für das Support-Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the wizard first.</source>
        <translation>Führen Sie zuerst den Assistenten aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal missing from the support bundle</source>
        <translation>Journal fehlt im Support-Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach the journal from the workbench&apos;s data folder yourself.</source>
        <translation>Hängen Sie das Journal aus dem Datenordner der Workbench selbst an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle cannot be written</source>
        <translation>Support-Paket kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder you can write to, with some free space.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen und der etwas freien Speicherplatz hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wizard cancelled</source>
        <translation>Assistent abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the wizard again when ready.</source>
        <translation>Führen Sie den Assistenten erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset strategy not remembered</source>
        <translation>Reset-Strategie nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the data folder is writable; the wizard works without it.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar ist; der Assistent funktioniert auch ohne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device catalog not loaded</source>
        <translation>Gerätekatalog nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the installation&apos;s resources folder (RESCUE_RESOURCE_DIR).</source>
        <translation>Prüfen Sie den Ressourcenordner der Installation (RESCUE_RESOURCE_DIR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip family not known</source>
        <translation>Chipfamilie nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the diagnosis first.</source>
        <translation>Führen Sie zuerst die Diagnose aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes not read</source>
        <translation>Option-Bytes nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Run the option-byte step first.</source>
        <translation>Führen Sie zuerst den Option-Byte-Schritt aus.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Part not known</source>
        <translation>Bauteil nicht bekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request word lost during the reset</source>
        <translation>Anforderungswort während des Resets verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check SWDIO, SWCLK and that the button holds NRST low, then try again.</source>
        <translation>Prüfen Sie SWDIO, SWCLK und ob der Taster NRST auf Low hält, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wizard did not finish in time</source>
        <translation>Assistent nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run it again; if it repeats, report it with the journal.</source>
        <translation>Führen Sie ihn erneut aus; tritt der Fehler erneut auf, melden Sie ihn zusammen mit dem Journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validator refused the WRP fix</source>
        <translation>Validator hat die WRP-Korrektur abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the finding in the hint; a DA regression may be needed first.</source>
        <translation>Lesen Sie den Befund im Hinweis; möglicherweise ist zuerst eine DA-Regression nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording cannot be read</source>
        <translation>Aufzeichnung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay a copy without the bad line, or record the session again.</source>
        <translation>Spielen Sie eine Kopie ohne die fehlerhafte Zeile ab oder zeichnen Sie die Sitzung erneut auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay left the recording</source>
        <translation>Wiedergabe weicht von der Aufzeichnung ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay with the same command, options and credentials as the recording.</source>
        <translation>Geben Sie die Aufzeichnung mit demselben Befehl, denselben Optionen und denselben Credentials wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording ended early</source>
        <translation>Aufzeichnung endet vorzeitig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay it with the command that was recorded.</source>
        <translation>Geben Sie sie mit dem aufgezeichneten Befehl wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded error without a code</source>
        <translation>Aufgezeichneter Fehler ohne Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the recorded message; record the session again if needed.</source>
        <translation>Lesen Sie die aufgezeichnete Meldung; zeichnen Sie die Sitzung bei Bedarf erneut auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lab scenario</source>
        <translation>Ungültiges Laborszenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the field the message names; docs/lab.md describes the format.</source>
        <translation>Korrigieren Sie das in der Meldung genannte Feld; docs/lab.md beschreibt das Format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown lab scenario</source>
        <translation>Unbekanntes Laborszenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a shipped name (rescue lab list) or a path to a scenario .json file.</source>
        <translation>Verwenden Sie einen mitgelieferten Namen (rescue lab list) oder einen Pfad zu einer Szenario-.json-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario file cannot be read</source>
        <translation>Szenariodatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path; rescue lab list shows the shipped scenarios.</source>
        <translation>Prüfen Sie den Pfad; rescue lab list zeigt die mitgelieferten Szenarien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab ROM does not know the command</source>
        <translation>Labor-ROM kennt den Befehl nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Check the host&apos;s ADAC exchange; from the workbench it is a bug to report.</source>
        <translation>Prüfen Sie den ADAC-Austausch des Hosts; tritt dies in der Workbench auf, ist es ein Fehler, den Sie melden sollten.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Scenario .obk has no DA method</source>
        <translation>Szenario-.obk hat keine DA-Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the scenario a DA_Config.obk or DA_ConfigWithPassword.obk.</source>
        <translation>Geben Sie dem Szenario eine DA_Config.obk oder DA_ConfigWithPassword.obk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip lacks that DA method</source>
        <translation>Labor-Chip nicht für diese DA-Methode provisioniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the credentials of the method the chip is provisioned for.</source>
        <translation>Verwenden Sie die Credentials der Methode, für die der Chip provisioniert ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials sent before AUTH_START</source>
        <translation>Credentials vor AUTH_START gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send AUTH_START first, then the credentials.</source>
        <translation>Senden Sie zuerst AUTH_START, dann die Credentials.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH_RESPONSE too short</source>
        <translation>AUTH_RESPONSE zu kurz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AUTH_RESPONSE of unknown type</source>
        <translation>AUTH_RESPONSE unbekannten Typs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token sent out of order</source>
        <translation>Token in falscher Reihenfolge gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the whole chain, then the token.</source>
        <translation>Senden Sie die gesamte Zertifikatskette, dann das Token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the password</source>
        <translation>Labor-Chip hat das Passwort abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the password file the scenario provisions.</source>
        <translation>Verwenden Sie die Passwortdatei, die das Szenario provisioniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab memory region does not fit</source>
        <translation>Labor-Speicherbereich passt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the region a size that fits the address space.</source>
        <translation>Geben Sie dem Bereich eine Größe, die in den Adressraum passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab memory regions overlap</source>
        <translation>Labor-Speicherbereiche überlappen sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every region of a board its own address range.</source>
        <translation>Geben Sie jedem Bereich eines Boards einen eigenen Adressbereich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid listen address</source>
        <translation>Ungültige Listen-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 127.0.0.1.</source>
        <translation>Verwenden Sie 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial too long for the server</source>
        <translation>Seriennummer zu lang für den Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the virtual probe a serial of at most 32 characters.</source>
        <translation>Geben Sie der virtuellen Probe eine Seriennummer mit höchstens 32 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate virtual probe serial</source>
        <translation>Doppelte Seriennummer einer virtuellen Probe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every virtual probe its own serial.</source>
        <translation>Geben Sie jeder virtuellen Probe eine eigene Seriennummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No virtual probe for the server</source>
        <translation>Keine virtuelle Probe für den Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Report it with the command that was run.</source>
        <translation>Melden Sie den Fehler zusammen mit dem ausgeführten Befehl.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Server refuses a non-local address</source>
        <translation>Server lehnt eine nicht lokale Adresse ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen on 127.0.0.1, or allow other addresses explicitly if you mean it.</source>
        <translation>Verwenden Sie 127.0.0.1 als Listen-Adresse oder erlauben Sie andere Adressen ausdrücklich, wenn dies beabsichtigt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested reply too large</source>
        <translation>Angeforderte Antwort zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Have the client split its transfers to the server&apos;s limit.</source>
        <translation>Lassen Sie den Client seine Übertragungen auf das Limit des Servers aufteilen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server already running</source>
        <translation>Server läuft bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running server before starting it again.</source>
        <translation>Stoppen Sie den laufenden Server, bevor Sie ihn erneut starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server socket error</source>
        <translation>Server-Socket-Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another port, or stop the program that already uses it.</source>
        <translation>Wählen Sie einen anderen Port oder beenden Sie das Programm, das ihn bereits verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab server stopped unexpectedly</source>
        <translation>Labor-Server unerwartet beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the command again; the board&apos;s state was saved.</source>
        <translation>Führen Sie den Befehl erneut aus; der Zustand des Boards wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown ST-LINK server command</source>
        <translation>Unbekannter ST-LINK-Server-Befehl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a client that speaks the ST-LINK server protocol, such as OpenOCD.</source>
        <translation>Verwenden Sie einen Client, der das ST-LINK-Server-Protokoll spricht, etwa OpenOCD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firmware does not fit the virtual model</source>
        <translation>Firmware passt nicht zum virtuellen Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a version of the model&apos;s generation, such as V2J46S7 or V3J17M10B6S1.</source>
        <translation>Geben Sie eine Version der Generation des Modells an, etwa V2J46S7 oder V3J17M10B6S1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual probe serial too long</source>
        <translation>Seriennummer der virtuellen Probe zu lang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a serial of at most 32 characters.</source>
        <translation>Verwenden Sie eine Seriennummer mit höchstens 32 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown virtual ST-LINK model</source>
        <translation>Unbekanntes virtuelles ST-LINK-Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the model names the hint lists.</source>
        <translation>Verwenden Sie einen der Modellnamen, die der Hinweis auflistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core access port closed</source>
        <translation>Core-Access-Port geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it with Debug Authentication; if it should be Open, connect under reset.</source>
        <translation>Öffnen Sie ihn mit Debug-Authentifizierung; sollte der Chip Open sein, verbinden Sie unter Reset.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check SWDIO, SWCLK and GND, lower the SWD clock, or try --mode under-reset.</source>
        <translation>Prüfen Sie SWDIO, SWCLK und GND, senken Sie den SWD-Takt oder versuchen Sie --mode under-reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target not powered</source>
        <translation>Target nicht mit Strom versorgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power the board and connect the probe&apos;s T_VCC (VREF) pin to the board&apos;s supply.</source>
        <translation>Versorgen Sie das Board mit Strom und verbinden Sie den T_VCC-Pin (VREF) der Probe mit der Versorgung des Boards.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid ST-LINK server address</source>
        <translation>Ungültige ST-LINK-Server-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the server as HOST:PORT, for example 127.0.0.1:7184.</source>
        <translation>Geben Sie den Server als HOST:PORT an, zum Beispiel 127.0.0.1:7184.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong USB endpoint</source>
        <translation>Falscher USB-Endpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s USB PID and report it.</source>
        <translation>Prüfen Sie die USB-PID der Probe und melden Sie sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe connection lost</source>
        <translation>Verbindung zur Probe verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe sent more data than expected</source>
        <translation>Probe hat mehr Daten als erwartet gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the probe firmware, or report the firmware version.</source>
        <translation>Aktualisieren Sie die Firmware der Probe oder melden Sie die Firmware-Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe busy with another server client</source>
        <translation>Probe durch anderen Server-Client belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the other tool to finish, or stop its debug session.</source>
        <translation>Warten Sie, bis das andere Tool fertig ist, oder beenden Sie dessen Debug-Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK server could not open the probe</source>
        <translation>ST-LINK-Server konnte die Probe nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close that program, or unplug and replug the probe.</source>
        <translation>Schließen Sie dieses Programm oder trennen Sie die Probe und schließen Sie sie wieder an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request too large for the ST-LINK server</source>
        <translation>Anfrage zu groß für den ST-LINK-Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ST-LINK server reported an error</source>
        <translation>ST-LINK-Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the probes and open again; update or restart the ST-LINK server.</source>
        <translation>Listen Sie die Probes auf und öffnen Sie erneut; aktualisieren Sie den ST-LINK-Server oder starten Sie ihn neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to the ST-LINK server</source>
        <translation>Verbindung zum ST-LINK-Server nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start stlink-server (or rescue lab serve) there, and check the host and port.</source>
        <translation>Starten Sie dort stlink-server (oder rescue lab serve) und prüfen Sie Host und Port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer timed out</source>
        <translation>Zeitüberschreitung bei der Übertragung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s cable; if the probe is stuck, unplug it and plug it back in.</source>
        <translation>Prüfen Sie das Kabel der Probe; hängt die Probe, trennen Sie sie und schließen Sie sie wieder an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission for the USB device</source>
        <translation>Keine Berechtigung für das USB-Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the workbench&apos;s udev rule or the WinUSB driver, then replug the probe.</source>
        <translation>Installieren Sie die udev-Regel der Workbench oder den WinUSB-Treiber und stecken Sie die Probe dann neu ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is using the probe</source>
        <translation>Ein anderes Programm verwendet die Probe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it, or share the probe through stlink-tcp://127.0.0.1:7184.</source>
        <translation>Schließen Sie es oder teilen Sie die Probe über stlink-tcp://127.0.0.1:7184.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB transfer failed</source>
        <translation>USB-Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug and replug the probe; try another cable or USB port.</source>
        <translation>Trennen Sie die Probe und schließen Sie sie wieder an; versuchen Sie ein anderes Kabel oder einen anderen USB-Port.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB cannot start</source>
        <translation>USB kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the system access to /dev/bus/usb, or use lab or ST-LINK server probes.</source>
        <translation>Geben Sie dem System Zugriff auf /dev/bus/usb oder verwenden Sie Labor- oder ST-LINK-Server-Probes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB device or interface gone</source>
        <translation>USB-Gerät oder -Schnittstelle nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and replug the probe; if it persists, update its firmware.</source>
        <translation>Trennen Sie die Probe und schließen Sie sie wieder an; besteht das Problem weiter, aktualisieren Sie ihre Firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB endpoint stalled</source>
        <translation>USB-Endpunkt blockiert (Stall)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the operation, and replug the probe if it happens again.</source>
        <translation>Wiederholen Sie den Vorgang und stecken Sie die Probe neu ein, falls es erneut auftritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed without a reason</source>
        <translation>Verbindung ohne Angabe eines Grundes fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the last lines of the PROBE channel in the log.</source>
        <translation>Sehen Sie sich die letzten Zeilen des Kanals PROBE im Protokoll an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session failed without a reason</source>
        <translation>DA-Sitzung ohne Angabe eines Grundes fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the DA lines of the log.</source>
        <translation>Sehen Sie sich die DA-Zeilen im Protokoll an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files not chosen</source>
        <translation>Zertifikatsdateien nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the leaf key (key_3_leaf.pem) and the chain (cert_leaf_chain.b64).</source>
        <translation>Wählen Sie den Leaf-Schlüssel (key_3_leaf.pem) und die Zertifikatskette (cert_leaf_chain.b64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password file not chosen</source>
        <translation>Passwortdatei nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose ST&apos;s password.bin or a file holding the raw password.</source>
        <translation>Wählen Sie die password.bin von ST oder eine Datei mit dem Rohpasswort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option-byte job failed without a reason</source>
        <translation>Option-Byte-Auftrag ohne Angabe eines Grundes fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the OB lines of the log.</source>
        <translation>Sehen Sie sich die OB-Zeilen im Protokoll an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated operator needs a lab board</source>
        <translation>Simulierter Bediener erfordert ein Labor-Board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick the simulated operator and press the board&apos;s RESET yourself.</source>
        <translation>Deaktivieren Sie den simulierten Bediener und drücken Sie selbst RESET auf dem Board.</translation>
    </message>
</context>
<context>
    <name>IdentityReport</name>
    <message>
        <location filename="../core/device/target_identity_report.cpp" line="+34"/>
        <source>Connect mode</source>
        <translation>Verbindungsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target voltage</source>
        <translation>Target-Spannung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DBGMCU IDCODE</source>
        <translation>DBGMCU IDCODE</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Device</source>
        <translation>Baustein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access port</source>
        <translation>Access Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option byte</source>
        <translation>Option-Byte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../ui/log_export.cpp" line="+26"/>
        <source>The log could not be written: %1.</source>
        <translation>Das Protokoll konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export file is not open for writing.</source>
        <translation>Die Exportdatei ist nicht zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../ui/optionbytes/ob_jobs.cpp" line="+40"/>
        <source>Reading the option bytes</source>
        <translation>Option-Bytes werden gelesen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Checking the change</source>
        <translation>Änderung wird geprüft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programming the option bytes</source>
        <translation>Option-Bytes werden programmiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Erasing</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/probe_jobs.cpp" line="+177"/>
        <source>Identifying the target</source>
        <translation>Target wird identifiziert</translation>
    </message>
    <message>
        <location filename="../core/auth/da_session.cpp" line="+71"/>
        <source>Connecting to the debug port</source>
        <translation>Verbindung zum Debug-Port wird hergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asserting target reset</source>
        <translation>Target-Reset wird aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding the DBGMCU mailbox through AP0</source>
        <translation>DBGMCU-Mailbox wird über AP0 gesucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the request word</source>
        <translation>Anforderungswort wird geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De-asserting target reset</source>
        <translation>Target-Reset wird deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the chip&apos;s answer</source>
        <translation>Warten auf die Antwort des Chips</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discovery</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the credentials</source>
        <translation>Anmeldedaten werden geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requesting a challenge</source>
        <translation>Challenge wird angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending a certificate</source>
        <translation>Zertifikat wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the signed token</source>
        <translation>Signiertes Token wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the password</source>
        <translation>Passwort wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the chip through the granted action</source>
        <translation>Ausführung der gewährten Aktion durch den Chip wird verfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the chip&apos;s state</source>
        <translation>Zustand des Chips wird gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown step</source>
        <translation>Unbekannter Schritt</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../core/recovery/diagnosis.cpp" line="+143"/>
        <source>Probe and firmware</source>
        <translation>Probe und Firmware</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Target voltage</source>
        <translation>Target-Spannung</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Access ports</source>
        <translation>Access Ports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device</source>
        <translation>Baustein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NRST wiring</source>
        <translation>NRST-Verdrahtung</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <location line="+4"/>
        <location filename="../core/recovery/plan_steps.cpp" line="+247"/>
        <source>Option bytes</source>
        <translation>Option-Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../core/recovery/recovery_plan.cpp" line="+35"/>
        <source>Nothing to recover</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board is healthy</source>
        <translation>Das Board ist in Ordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the write protection, then erase</source>
        <translation>Schreibschutz aufheben, dann löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Debug Authentication regression back to Open, then make the flash erasable</source>
        <translation>Regression per Debug-Authentifizierung zurück zu Open, dann den Flash löschbar machen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find out whether DA is provisioned, then regress or provision it</source>
        <translation>Prüfen, ob DA provisioniert ist, dann Regression oder DA provisionieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provision Debug Authentication before anything else</source>
        <translation>Zuerst Debug-Authentifizierung provisionieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No way back with the wizard</source>
        <translation>Kein Weg zurück mit dem Assistenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict and what remains possible</source>
        <translation>Befund und was noch möglich ist</translation>
    </message>
    <message>
        <location filename="../core/recovery/plan_steps.cpp" line="-162"/>
        <source>Debug Authentication</source>
        <translation>Debug-Authentifizierung</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Write protection</source>
        <translation>Schreibschutz</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mass erase</source>
        <translation>Massenlöschung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Provision Debug Authentication</source>
        <translation>Debug-Authentifizierung provisionieren</translation>
    </message>
    <message>
        <location filename="../core/recovery/prompts.cpp" line="+11"/>
        <source>Press and hold RESET</source>
        <translation>RESET drücken und halten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Release RESET</source>
        <translation>RESET loslassen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run the plan?</source>
        <translation>Plan ausführen?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench_main.cpp" line="+55"/>
        <source>Rescue Workbench</source>
        <translation>Rescue Workbench</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rescue Workbench: recovers STM32H5 and STM32H7RS boards.</source>
        <translation>Rescue Workbench: stellt STM32H5- und STM32H7RS-Boards wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to this probe once it is listed (usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME or replay:FILE).</source>
        <translation>Mit dieser Probe verbinden, sobald sie aufgelistet ist (usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME oder replay:FILE).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start, find the device catalog and the lab&apos;s boards, say what was found and quit (exit status 0 when the installation is complete).</source>
        <translation>Starten, Gerätekatalog und Boards des Labors suchen, das Gefundene ausgeben und beenden (Exit-Status 0, wenn die Installation vollständig ist).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this language for this run: en, de, fr, ja or zh_CN (View &gt; Language saves a choice).</source>
        <translation>Diese Sprache für diesen Lauf verwenden: en, de, fr, ja oder zh_CN (Ansicht &gt; Sprache speichert eine Auswahl).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rescue-workbench: no translation for %1; the languages are %2.</source>
        <translation>rescue-workbench: keine Übersetzung für %1; verfügbare Sprachen: %2.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::DaPanel</name>
    <message>
        <location filename="../ui/da_panel.cpp" line="+43"/>
        <source>Private keys (*.pem *.der *.key);;All files (*)</source>
        <translation>Private Schlüssel (*.pem *.der *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chains (*.b64 *.pem *.cert);;All files (*)</source>
        <translation>Zertifikatsketten (*.b64 *.pem *.cert);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password files (*.bin *.txt);;All files (*)</source>
        <translation>Passwortdateien (*.bin *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to try</source>
        <translation>Lösungsvorschlag</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+665"/>
        <source>&amp;Discover</source>
        <translation>&amp;Erkennen</translation>
    </message>
    <message>
        <location line="-662"/>
        <source>Reset the chip into its Debug Authentication loop and read what it reports and offers. Nothing is changed on the chip.</source>
        <translation>Chip per Reset in seine Debug-Authentifizierungsschleife versetzen und auslesen, was er meldet und anbietet. Am Chip wird nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discover first</source>
        <translation>Zuerst erkennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+634"/>
        <source>&amp;Authenticate</source>
        <translation>&amp;Authentifizieren</translation>
    </message>
    <message>
        <location line="-630"/>
        <source>&amp;Permission</source>
        <translation>&amp;Berechtigung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The leaf private key and the certificate chain (root first) from your DA package.</source>
        <translation>Der private Leaf-Schlüssel und die Zertifikatskette (Root zuerst) aus Ihrem DA-Paket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ST&apos;s password.bin, or a file holding the raw password (STM32H503 and password-provisioned chips).</source>
        <translation>ST-Datei password.bin oder eine Datei mit dem Rohpasswort (STM32H503 und per Passwort provisionierte Chips).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>key_3_leaf.pem</source>
        <translation>key_3_leaf.pem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cert_leaf_chain.b64</source>
        <translation>cert_leaf_chain.b64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password.bin</source>
        <translation>password.bin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file (%1).</source>
        <translation>Datei auswählen (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaf private key</source>
        <translation>Privater Leaf-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hain</source>
        <translation>&amp;Kette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate chain, root first</source>
        <translation>Zertifikatskette, Root zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssword file</source>
        <translation>Passwort&amp;datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password file</source>
        <translation>Passwortdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the files offline: certificates decoded, signatures, the key against the leaf, the permission against every mask. No board is touched.</source>
        <translation>Dateien offline prüfen: Zertifikate dekodiert, Signaturen, Schlüssel gegen Leaf-Zertifikat, Berechtigung gegen jede Maske. Kein Board wird angesprochen.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is encrypted. Its passphrase (not stored, not logged):</source>
        <translation>%1 ist verschlüsselt. Passphrase (wird weder gespeichert noch protokolliert):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a probe in the Devices panel: its board is the target.</source>
        <translation>Wählen Sie eine Probe im Bereich „Geräte“: Ihr Board ist das Target.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No problem found.</source>
        <translation>Kein Problem gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (%2)</source>
        <translation>Zertifikat %1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DA discovery on %1</source>
        <translation>DA-Erkennung an %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erase and regress</source>
        <translation>Löschen und Regression ausführen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The credentials could not be loaded; the board was not touched.</source>
        <translation>Die Anmeldedaten konnten nicht geladen werden; das Board wurde nicht angesprochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Board: %2 behind %3.
This cannot be undone.</source>
        <translation>%1

Board: %2 über %3.
Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chip</source>
        <translation>der Chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the user flash?</source>
        <translation>User-Flash löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: nothing was sent to the chip.</source>
        <translation>Nicht bestätigt: Es wurde nichts an den Chip gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not requested; the board is as it was.</source>
        <translation>%1 wurde nicht angefordert; das Board ist unverändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DA authentication on %1</source>
        <translation>DA-Authentifizierung an %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (%1 ms)</source>
        <translation>  (%1 ms)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session was cancelled.</source>
        <translation>Die Sitzung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 round trips, %2 ms%3.</source>
        <translation>%1 Roundtrips, %2 ms%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of lab time</source>
        <translation> Laborzeit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered in its Debug Authentication loop.</source>
        <translation>%1 hat in seiner Debug-Authentifizierungsschleife geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip</source>
        <translation>Der Chip</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It offers %n permission(s); choose one and Authenticate.</source>
        <translation>
            <numerusform>%n Berechtigung angeboten; wählen Sie sie aus und klicken Sie auf „Authentifizieren“.</numerusform>
            <numerusform>%n Berechtigungen angeboten; wählen Sie eine aus und klicken Sie auf „Authentifizieren“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lists no permissions (password chips do not): choose one of the family&apos;s and Authenticate.</source>
        <translation>Keine Berechtigungen aufgelistet (Passwort-Chips tun das nicht): Wählen Sie eine der Familie aus und klicken Sie auf „Authentifizieren“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open reached: %1 on %2 is back in Open.</source>
        <translation>Open erreicht: %1 an %2 ist wieder im Zustand Open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication successful on %1.</source>
        <translation>Authentifizierung an %1 erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: %1 → %2.</source>
        <translation>Zustand: %1 → %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session failed.</source>
        <translation>Die Sitzung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed at: %1.</source>
        <translation>Fehlgeschlagen bei: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (bit %2)</source>
        <translation>%1 (Bit %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The permissions the chip lists as &apos;permission if authorized&apos;.</source>
        <translation>Die Berechtigungen, die der Chip als „permission if authorized“ auflistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip lists no permissions (password chips do not); these are the family&apos;s. The chip grants only what it was provisioned for.</source>
        <translation>Der Chip listet keine Berechtigungen auf (Passwort-Chips tun das nicht); dies sind die der Familie. Der Chip gewährt nur, wofür er provisioniert wurde.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Discovering…</source>
        <translation>Erkennung läuft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticating…</source>
        <translation>Authentifizierung läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a probe in the Devices panel first.</source>
        <translation>Wählen Sie zuerst eine Probe im Bereich „Geräte“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover first: the permissions come from what the chip offers.</source>
        <translation>Zuerst erkennen: Die Berechtigungen ergeben sich aus dem, was der Chip anbietet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovery and authentication in one reset, then follow the chip through what it was granted.</source>
        <translation>Erkennung und Authentifizierung in einem Reset, danach verfolgen, wie der Chip das Gewährte ausführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This erases.</source>
        <translation>Dies löscht Daten.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::DevicePanel</name>
    <message>
        <location filename="../ui/device_panel.cpp" line="+68"/>
        <location line="+344"/>
        <location line="+7"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Probes and lab boards</source>
        <translation>Probes und Labor-Boards</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for probes again (USB, the ST-LINK servers below and the lab).</source>
        <translation>Erneut nach Probes suchen (USB, die unten angegebenen ST-LINK-Server und das Labor).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ST-LINK server address (HOST:PORT)</source>
        <translation>ST-LINK-Server-Adresse (HOST:PORT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ST-LINK server HOST:PORT</source>
        <translation>ST-LINK-Server HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share a probe with STM32CubeIDE: the address of an ST-LINK server (stlink-server, default port 7184) to ask for probes on every scan.</source>
        <translation>Probe mit STM32CubeIDE gemeinsam nutzen: Adresse eines ST-LINK-Servers (stlink-server, Standardport 7184), der bei jeder Suche nach Probes abgefragt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under reset</source>
        <translation>Unter Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot plug</source>
        <translation>Hot-Plug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach, halt the core while it is read, then let it run again.</source>
        <translation>Verbinden, den Core während des Lesens anhalten, dann weiterlaufen lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold NRST while attaching and catch the core at its reset vector.</source>
        <translation>NRST beim Verbinden halten und den Core an seinem Reset-Vektor abfangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach without reset or halt; the NRST wiring is not checked.</source>
        <translation>Verbinden ohne Reset oder Anhalten; die NRST-Verdrahtung wird nicht geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The core&apos;s access port: AP1 on STM32H5 and STM32H7RS; AP0 reaches only DBGMCU.</source>
        <translation>Der Access Port des Cores: AP1 bei STM32H5 und STM32H7RS; AP0 erreicht nur DBGMCU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+468"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>&amp;Recover this board…</source>
        <translation>Dieses Board &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the stuck-board wizard on the selected probe: checks, verdict, plan, steps.</source>
        <translation>Den Assistenten für blockierte Boards an der ausgewählten Probe öffnen: Prüfungen, Befund, Plan, Schritte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core &amp;AP</source>
        <translation>Core-&amp;AP</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Scan for probes</source>
        <translation>Nach Probes suchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>an unidentified device</source>
        <translation>nicht identifiziertes Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers, but its core is out of reach</source>
        <translation>%1 antwortet, aber der Core ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected %1</source>
        <translation>verbunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1: %2 round trips, %3 ms.</source>
        <translation>Mit %1 verbunden: %2 Roundtrips, %3 ms.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 was cancelled.</source>
        <translation>Die Verbindung mit %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1.</source>
        <translation>Verbindung mit %1 nicht möglich.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a probe to connect to its target.</source>
        <translation>Wählen Sie eine Probe aus, um sich mit ihrem Target zu verbinden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firmware %1</source>
        <translation>Firmware %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1 V</source>
        <translation>Target %1 V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected yet: choose the mode and the core&apos;s access port, then Connect.</source>
        <translation>Noch nicht verbunden: Wählen Sie den Modus und den Access Port des Cores, dann „Verbinden“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last connection was cancelled before the target was read.</source>
        <translation>Die letzte Verbindung wurde abgebrochen, bevor das Target gelesen wurde.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>NRST: %1</source>
        <translation>NRST: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;%1&apos; is not a server address. Write it as HOST:PORT, for example 127.0.0.1:7184.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie sie als HOST:PORT an, zum Beispiel 127.0.0.1:7184.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+58"/>
        <source>ST-LINK servers asked on every scan: %1</source>
        <translation>Bei jeder Suche abgefragte ST-LINK-Server: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Looking for probes…</source>
        <translation>Suche nach Probes…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No probe is attached.</source>
        <translation>Keine Probe angeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 probe found.</source>
        <translation>1 Probe gefunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 probes found.</source>
        <translation>%1 Probes gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 virtual lab board listed.</source>
        <translation>1 virtuelles Labor-Board aufgelistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 virtual lab boards listed.</source>
        <translation>%1 virtuelle Labor-Boards aufgelistet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No virtual lab boards found.</source>
        <translation>Keine virtuellen Labor-Boards gefunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a probe first.</source>
        <translation>Wählen Sie zuerst eine Probe aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This probe cannot be opened; see the note under its name.</source>
        <translation>Diese Probe kann nicht geöffnet werden; siehe Hinweis unter ihrem Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identify the target behind the selected probe and check its NRST wiring.</source>
        <translation>Das Target hinter der ausgewählten Probe identifizieren und seine NRST-Verdrahtung prüfen.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::EngineStatusWidget</name>
    <message>
        <location filename="../ui/engine_status_widget.cpp" line="+30"/>
        <source>Job progress</source>
        <translation>Auftragsfortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cancel the running job; the board is left as the last finished step left it</source>
        <translation>Laufenden Auftrag abbrechen; das Board bleibt in dem Zustand, den der letzte abgeschlossene Schritt hinterlassen hat</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine: %1 — %2</source>
        <translation>Engine: %1 — %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This step finishes on the chip whatever the computer does; Cancel is possible again after it</source>
        <translation>Dieser Schritt läuft auf dem Chip zu Ende, was auch immer der Computer tut; danach ist Abbrechen wieder möglich</translation>
    </message>
</context>
<context>
    <name>rescue::ui::FieldGroups</name>
    <message>
        <location filename="../ui/optionbytes/field_groups.cpp" line="+70"/>
        <source>Set through the boot ROM service</source>
        <translation>Über den Boot-ROM-Dienst gesetzt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(boot ROM service %1)</source>
        <translation>(Boot-ROM-Dienst %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hex, at most 0x%1</source>
        <translation>Hex, höchstens 0x%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 does not fit %2: at most 0x%3. Nothing was taken.</source>
        <translation>%1 passt nicht in %2: höchstens 0x%3. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (not a listed value)</source>
        <translation>%1 (kein aufgeführter Wert)</translation>
    </message>
</context>
<context>
    <name>rescue::ui::FindingsView</name>
    <message>
        <location filename="../ui/optionbytes/findings_view.cpp" line="+31"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irreversible</source>
        <translation>Irreversibel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky</source>
        <translation>Riskant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>DA configuration: %1</source>
        <translation>DA-Konfiguration: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply will ask you to type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>„Anwenden“ fordert Sie auf, Folgendes einzugeben: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The validator has nothing against this change.</source>
        <translation>Der Validator hat gegen diese Änderung keine Einwände.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending change: edit a field, a WRP cell or the product state.</source>
        <translation>Keine ausstehende Änderung: Bearbeiten Sie ein Feld, eine WRP-Zelle oder den Produktzustand.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LifecycleDiagram</name>
    <message>
        <location filename="../ui/optionbytes/lifecycle_diagram.cpp" line="+48"/>
        <source>Blue: the state in force. Green: a move the validator allows. Grey: refused or hardware-only (hover for why). Orange outline: the state asked for.</source>
        <translation>Blau: der aktuell gültige Zustand. Grün: ein vom Validator erlaubter Übergang. Grau: abgelehnt oder nur durch Hardware (Mauszeiger darüber zeigt den Grund). Orange umrandet: der angeforderte Zustand.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the state in force</source>
        <translation>der aktuell gültige Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chip passes through it by itself; it cannot be asked for</source>
        <translation>der Chip durchläuft ihn selbständig; er kann nicht angefordert werden</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LogModel</name>
    <message>
        <location filename="../ui/log_model.cpp" line="+25"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(job %1, session %2, event %3)</source>
        <translation>(Auftrag %1, Sitzung %2, Ereignis %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(event %1)</source>
        <translation>(Ereignis %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LogView</name>
    <message>
        <location filename="../ui/log_view.cpp" line="+49"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Copy lines</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a line to see when it was logged, by which job, and its fields.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, wann und von welchem Auftrag sie protokolliert wurde, sowie ihre Felder.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show lines of this level and above</source>
        <translation>Zeilen dieser Stufe und höher anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+93"/>
        <location line="+138"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Channels appear here as lines arrive</source>
        <translation>Kanäle erscheinen hier, sobald Zeilen eintreffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest line in view</source>
        <translation>Neueste Zeile im Blick behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As &amp;text…</source>
        <translation>Als &amp;Text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;JSON lines…</source>
        <translation>Als &amp;JSON-Zeilen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the lines the filter shows</source>
        <translation>Die vom Filter angezeigten Zeilen speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every line from this view (the journal on disk keeps them)</source>
        <translation>Alle Zeilen aus dieser Ansicht entfernen (das Journal auf der Festplatte behält sie)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose which channels are shown</source>
        <translation>Auswählen, welche Kanäle angezeigt werden</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <location line="+138"/>
        <source>Channels (%n hidden)</source>
        <translation>
            <numerusform>Kanäle (%n ausgeblendet)</numerusform>
            <numerusform>Kanäle (%n ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>No lines yet</source>
        <translation>Noch keine Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export log as text</source>
        <translation>Protokoll als Text exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export log as JSON lines</source>
        <translation>Protokoll als JSON-Zeilen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rescue::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+54"/>
        <source>Rescue Workbench</source>
        <translation>Rescue Workbench</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recording stopped: %1</source>
        <translation>Aufzeichnung gestoppt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Recording to %1</source>
        <translation>● Aufzeichnung in %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option bytes</source>
        <translation>Option-Bytes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Debug Authentication</source>
        <translation>Debug-Authentifizierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover a stuck &amp;board…</source>
        <translation>Blockiertes &amp;Board wiederherstellen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Debug Authentication…</source>
        <translation>&amp;Debug-Authentifizierung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover, authenticate and regress the board behind the selected probe.</source>
        <translation>Board hinter der ausgewählten Probe erkennen, authentifizieren und einer Regression unterziehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record session…</source>
        <translation>Sitzung &amp;aufzeichnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record every probe call to a file (passwords redacted), to replay it later</source>
        <translation>Jeden Probe-Aufruf in einer Datei aufzeichnen (Passwörter geschwärzt), um ihn später wiederzugeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record session to</source>
        <translation>Sitzung aufzeichnen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Probe recordings (*.jsonl);;All files (*)</source>
        <translation>Probe-Aufzeichnungen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record session</source>
        <translation>Sitzung aufzeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Open recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export log as &amp;text…</source>
        <translation>Protokoll als &amp;Text exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export log as &amp;JSON lines…</source>
        <translation>Protokoll als &amp;JSON-Zeilen exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rescue Workbench</source>
        <translation>Ü&amp;ber Rescue Workbench</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language changes when Rescue Workbench starts again.</source>
        <translation>Die Sprache wird beim nächsten Start von Rescue Workbench geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Rescue Workbench</source>
        <translation>Über Rescue Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rescue Workbench %1&lt;/h3&gt;&lt;p&gt;Recovers STM32H5 and STM32H7RS boards stuck after Debug Authentication provisioning or a product-state change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rescue Workbench %1&lt;/h3&gt;&lt;p&gt;Stellt STM32H5- und STM32H7RS-Boards wieder her, die nach der Provisionierung der Debug-Authentifizierung oder einer Änderung des Produktzustands blockiert sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnose the board behind the selected probe and walk through its recovery.</source>
        <translation>Board hinter der ausgewählten Probe diagnostizieren und Schritt für Schritt wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery wizard needs a probe: select one in the device panel (a USB ST-LINK, a server or a lab board).</source>
        <translation>Der Wiederherstellungsassistent benötigt eine Probe: Wählen Sie eine im Bereich „Geräte“ aus (ein USB-ST-LINK, ein Server oder ein Labor-Board).</translation>
    </message>
</context>
<context>
    <name>rescue::ui::ManualResetPanel</name>
    <message>
        <location filename="../ui/wizard/manual_reset_panel.cpp" line="+48"/>
        <source>I&apos;m holding it</source>
        <translation>Ich halte ihn gedrückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release now</source>
        <translation>Jetzt loslassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>RESET button (lab board)
hold it down with the mouse</source>
        <translation>RESET-Taster (Labor-Board)
mit der Maus gedrückt halten</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>PRESS AND HOLD the lab board&apos;s RESET</source>
        <translation>RESET des Labor-Boards DRÜCKEN UND HALTEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRESS AND HOLD RESET</source>
        <translation>RESET DRÜCKEN UND HALTEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LET GO of the RESET button</source>
        <translation>RESET-Taster LOSLASSEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RELEASE RESET NOW</source>
        <translation>RESET JETZT LOSLASSEN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try %1. %2</source>
        <translation>Versuch %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Hold the RESET button below down with the mouse and keep holding it.</source>
        <translation>
Halten Sie den RESET-Taster unten mit der Maus gedrückt und lassen Sie ihn nicht los.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Let go of the mouse button: that releases RESET.</source>
        <translation>
Lassen Sie die Maustaste los: Damit wird RESET freigegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RESET held (lab board)
let go of the mouse button to release</source>
        <translation>RESET gehalten (Labor-Board)
zum Freigeben die Maustaste loslassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No hurry: take your time to hold the button.</source>
        <translation>Keine Eile: Nehmen Sie sich Zeit, den Taster zu drücken und zu halten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After you let go, the workbench listens for the chip for %1 s.</source>
        <translation>Nach dem Loslassen wartet die Workbench %1 s lang auf den Chip.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listening for the chip…</source>
        <translation>Warten auf den Chip…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KEEP HOLDING the RESET button</source>
        <translation>RESET-Taster WEITER GEDRÜCKT HALTEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEEP HOLDING RESET</source>
        <translation>RESET WEITER GEDRÜCKT HALTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbench writes the request into the chip while you hold it…</source>
        <translation>Die Workbench schreibt die Anforderung in den Chip, während Sie RESET gedrückt halten…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
</context>
<context>
    <name>rescue::ui::OptionBytePanel</name>
    <message>
        <location filename="../ui/option_byte_panel.cpp" line="+66"/>
        <source>%1 round trips, %2 ms%3.</source>
        <translation>%1 Roundtrips, %2 ms%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of lab time</source>
        <translation> Laborzeit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the option bytes of the target behind the probe selected in Devices.</source>
        <translation>Option-Bytes des Targets hinter der in „Geräte“ ausgewählten Probe lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the change on the chip, confirm what cannot be undone, then program and verify.</source>
        <translation>Änderung am Chip prüfen, Unumkehrbares bestätigen, dann programmieren und verifizieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop every pending change.</source>
        <translation>Alle ausstehenden Änderungen verwerfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option bytes as read to a JSON file (the CLI&apos;s format).</source>
        <translation>Die gelesenen Option-Bytes in einer JSON-Datei speichern (im Format der CLI).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the option bytes of a JSON file the pending change.</source>
        <translation>Die Option-Bytes aus einer JSON-Datei als ausstehende Änderung übernehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase (mass)…</source>
        <translation>Löschen (Massenlöschung)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase the whole user flash.</source>
        <translation>Den gesamten User-Flash löschen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clear every write-protection bit and program it, as the erase error offers.</source>
        <translation>Alle Schreibschutz-Bits löschen und programmieren, wie vom Löschfehler angeboten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Product state</source>
        <translation>Produktzustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write protection</source>
        <translation>Schreibschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export option bytes</source>
        <translation>Option-Bytes exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes (*.json)</source>
        <translation>Option-Bytes (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import option bytes</source>
        <translation>Option-Bytes importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes (*.json);;All files (*)</source>
        <translation>Option-Bytes (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a probe in the Devices panel first.</source>
        <translation>Wählen Sie zuerst eine Probe im Bereich „Geräte“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read option bytes</source>
        <translation>Option-Bytes lesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check option-byte change</source>
        <translation>Option-Byte-Änderung prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused: nothing was written. The findings say what to do instead.</source>
        <translation>Abgelehnt: Es wurde nichts geschrieben. Die Feststellungen nennen, was stattdessen zu tun ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was written: the confirmation was cancelled.</source>
        <translation>Es wurde nichts geschrieben: Die Bestätigung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write option bytes</source>
        <translation>Option-Bytes schreiben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erase the whole flash</source>
        <translation>Gesamten Flash löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass erase deletes every byte of the user flash of %1. Continue?</source>
        <translation>Die Massenlöschung löscht jedes Byte des User-Flash von %1. Fortfahren?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mass erase</source>
        <translation>Massenlöschung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Read the option bytes first: there is nothing to export.</source>
        <translation>Lesen Sie zuerst die Option-Bytes: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1: check the path and its permissions.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the option bytes first: an import is compared with what the chip holds.</source>
        <translation>Lesen Sie zuerst die Option-Bytes: Ein Import wird mit dem Inhalt des Chips verglichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file: choose the JSON file an export wrote.</source>
        <translation>%1 ist keine Datei: Wählen Sie die JSON-Datei, die ein Export geschrieben hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2 bytes, far too large for an option-byte file: choose the JSON file an export wrote.</source>
        <translation>%1 ist %2 Byte groß, viel zu groß für eine Option-Byte-Datei: Wählen Sie die JSON-Datei, die ein Export geschrieben hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1: it holds what the chip holds, nothing to change.</source>
        <translation>%1 importiert: Die Datei enthält dasselbe wie der Chip, nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %1: %n pending change(s).</source>
        <translation>
            <numerusform>%1 importiert: %n ausstehende Änderung.</numerusform>
            <numerusform>%1 importiert: %n ausstehende Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a probe in the Devices panel and press Read: the option bytes are read from the chip, never made up.</source>
        <translation>Wählen Sie im Bereich „Geräte“ eine Probe aus und klicken Sie auf „Lesen“: Die Option-Bytes werden vom Chip gelesen, niemals erfunden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 — read through %3.</source>
        <translation>%1, %2 — gelesen über %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not asked yet; Apply runs a DA discovery first (one reset).</source>
        <translation>noch nicht abgefragt; „Anwenden“ führt zuerst eine DA-Erkennung aus (ein Reset).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nothing was written: what was typed is not the phrase this change needs (%1). Type it exactly, or leave the chip as it is.</source>
        <translation>Es wurde nichts geschrieben: Die Eingabe entspricht nicht der Phrase, die diese Änderung erfordert (%1). Geben Sie sie exakt ein oder lassen Sie den Chip unverändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apply the offered fix: %1</source>
        <translation>Angebotene Korrektur anwenden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Option bytes read. %1</source>
        <translation>Option-Bytes gelesen. %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written and verified.</source>
        <translation>Geschrieben und verifiziert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to write.</source>
        <translation>Nichts zu schreiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flash erased in %1 ms. %2</source>
        <translation>Flash in %1 ms gelöscht. %2</translation>
    </message>
</context>
<context>
    <name>rescue::ui::PendingDiffModel</name>
    <message>
        <location filename="../ui/optionbytes/pending_diff_model.cpp" line="+30"/>
        <source>(set by the boot ROM service %1)</source>
        <translation>(gesetzt durch den Boot-ROM-Dienst %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>rescue::ui::PhraseDialog</name>
    <message>
        <location filename="../ui/optionbytes/phrase_dialog.cpp" line="+16"/>
        <source>Confirm an irreversible change</source>
        <translation>Irreversible Änderung bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tool can undo this change. Type each phrase exactly as shown to allow it; anything else writes nothing.</source>
        <translation>Kein Werkzeug kann diese Änderung rückgängig machen. Geben Sie jede Phrase exakt wie angezeigt ein, um sie zuzulassen; jede andere Eingabe schreibt nichts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Eingeben: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>rescue::ui::ProbeListModel</name>
    <message>
        <location filename="../ui/probe_list_model.cpp" line="+63"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 V)</source>
        <translation> (%1 V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware: %1</source>
        <translation>Firmware: %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK server</source>
        <translation>ST-LINK-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>Aufzeichnungen</translation>
    </message>
</context>
<context>
    <name>rescue::ui::RescueWizard</name>
    <message>
        <location filename="../ui/wizard/rescue_wizard.cpp" line="+28"/>
        <source>Recover a stuck board</source>
        <translation>Blockiertes Board wiederherstellen</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Done: the board is Open and erasable. Next shows the report.</source>
        <translation>Fertig: Das Board ist Open und löschbar. „Weiter“ zeigt den Bericht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1. Next shows the report.</source>
        <translation>Fertig: %1. „Weiter“ zeigt den Bericht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. The board is left as the log says.</source>
        <translation>Abgebrochen. Das Board bleibt in dem Zustand, den das Protokoll angibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard stopped.</source>
        <translation>Der Assistent wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::StartPage</name>
    <message>
        <location filename="../ui/start_page.cpp" line="+9"/>
        <source>Rescue Workbench</source>
        <translation>Rescue Workbench</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brings STM32H5 and STM32H7RS boards back from Debug Authentication and product-state trouble.</source>
        <translation>Holt STM32H5- und STM32H7RS-Boards aus Problemen mit Debug-Authentifizierung und Produktzustand zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;ol&gt;&lt;li&gt;Attach a probe, or load the virtual lab (Devices panel).&lt;/li&gt;&lt;li&gt;Connect to the target: the workbench reads its state and option bytes.&lt;/li&gt;&lt;li&gt;Open the recovery wizard: it diagnoses the board, previews every change and asks before anything irreversible.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Schließen Sie eine Probe an oder laden Sie das virtuelle Labor (Bereich „Geräte“).&lt;/li&gt;&lt;li&gt;Verbinden Sie sich mit dem Target: Die Workbench liest seinen Zustand und seine Option-Bytes.&lt;/li&gt;&lt;li&gt;Öffnen Sie den Wiederherstellungsassistenten: Er diagnostiziert das Board, zeigt jede Änderung vorab an und fragt vor jedem irreversiblen Schritt nach.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardChecksPage</name>
    <message>
        <location filename="../ui/wizard/checks_page.cpp" line="+56"/>
        <source>Checking the board</source>
        <translation>Board wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check says what it saw. Expand a check to read its evidence.</source>
        <translation>Jede Prüfung gibt an, was sie festgestellt hat. Klappen Sie eine Prüfung auf, um ihre Nachweise zu lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it saw</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening the probe…</source>
        <translation>Probe wird geöffnet…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checks are done. Next shows the verdict.</source>
        <translation>Die Prüfungen sind abgeschlossen. „Weiter“ zeigt den Befund.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardPlanPage</name>
    <message>
        <location filename="../ui/wizard/plan_page.cpp" line="+19"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been changed yet. Read what each step will do; steps marked irreversible ask again before they run.</source>
        <translation>Es wurde noch nichts geändert. Lesen Sie, was jeder Schritt tun wird; als irreversibel markierte Schritte fragen vor der Ausführung erneut nach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the plan</source>
        <translation>Plan ausführen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan steps</source>
        <translation>Schritte des Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the wizard to finish planning…</source>
        <translation>Warten, bis der Assistent die Planung abgeschlossen hat…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  [IRREVERSIBLE]</source>
        <translation>  [IRREVERSIBEL]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consequence: %1</source>
        <translation>Folge: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Option byte %1</source>
        <translation>Option-Byte %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run the plan starts the steps. The irreversible ones ask before they run.</source>
        <translation>„Plan ausführen“ startet die Schritte. Die irreversiblen fragen vor der Ausführung nach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the plan starts the steps. None of them is irreversible.</source>
        <translation>„Plan ausführen“ startet die Schritte. Keiner davon ist irreversibel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The wizard has ended; Next shows the result.</source>
        <translation>Der Assistent ist beendet; „Weiter“ zeigt das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardResultPage</name>
    <message>
        <location filename="../ui/wizard/result_page.cpp" line="+29"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report (paste it in a forum post or a support ticket; it holds no secret):</source>
        <translation>Bericht (zum Einfügen in einen Forumsbeitrag oder ein Support-Ticket; er enthält keine Geheimnisse):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save support bundle…</source>
        <translation>Support-Paket speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder with the report, the checks and steps as JSON, the identification, the option bytes before and after, and the journal of this run. No key or password.</source>
        <translation>Ein Ordner mit dem Bericht, den Prüfungen und Schritten als JSON, der Identifikation, den Option-Bytes vorher und nachher sowie dem Journal dieses Laufs. Keine Schlüssel oder Passwörter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The wizard could not finish</source>
        <translation>Der Assistent konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board is left as the log says.</source>
        <translation>Das Board bleibt in dem Zustand, den das Protokoll angibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open and erasable: the board is back. Resets: %1 by the probe, %2 by hand.</source>
        <translation>Open und löschbar: Das Board ist wiederhergestellt. Resets: %1 durch die Probe, %2 von Hand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Open and erasable. %1</source>
        <translation>Nicht Open und löschbar. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Step &quot;%1&quot; %2: %3</source>
        <translation>
Schritt „%1“ %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Still possible:</source>
        <translation>
Noch möglich:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Verdicts as the run learned more: %1</source>
        <translation>
Befunde, wie sie sich im Verlauf ergaben: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save support bundle as folder</source>
        <translation>Support-Paket als Ordner speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Support bundle saved in %1 (%2 files). Zip the folder to attach it.</source>
        <translation>Support-Paket in %1 gespeichert (%2 Dateien). Packen Sie den Ordner als ZIP, um ihn anzuhängen.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardStepsPage</name>
    <message>
        <location filename="../ui/wizard/steps_page.cpp" line="+29"/>
        <source>Running the plan</source>
        <translation>Plan wird ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the instructions below. Cancel stops the wizard; the log says what was done.</source>
        <translation>Folgen Sie den Anweisungen unten. „Abbrechen“ hält den Assistenten an; das Protokoll zeigt, was getan wurde.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Steps and their results</source>
        <translation>Schritte und ihre Ergebnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard is working…</source>
        <translation>Der Assistent arbeitet…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Don&apos;t do it</source>
        <translation>Nicht ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <location line="+86"/>
        <source> (not run)</source>
        <translation> (nicht ausgeführt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Verdict now: %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Aktueller Befund: %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This cannot be undone: %1</source>
        <translation>Dies kann nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to go ahead:</source>
        <translation>Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um fortzufahren:</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardVerdictPage</name>
    <message>
        <location filename="../ui/wizard/verdict_page.cpp" line="+13"/>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What state the board is in, and why the wizard thinks so.</source>
        <translation>In welchem Zustand sich das Board befindet und warum der Assistent zu diesem Schluss kommt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence:</source>
        <translation>Nachweise:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence for the verdict</source>
        <translation>Belege für den Befund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;What is still possible&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was noch möglich ist&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>

The plan&apos;s first step, a Debug Authentication discovery, tells whether a way back exists; the next page shows the plan.</source>
        <translation>

Der erste Schritt des Plans, eine Erkennung per Debug-Authentifizierung, zeigt, ob es einen Weg zurück gibt; die nächste Seite zeigt den Plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

The wizard has a way back: the next page shows its plan.</source>
        <translation>

Der Assistent hat einen Weg zurück: Die nächste Seite zeigt seinen Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

The wizard has no way back to Open for this board.</source>
        <translation>

Der Assistent hat für dieses Board keinen Weg zurück zu Open.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardWelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+35"/>
        <source>Recover a stuck board</source>
        <translation>Blockiertes Board wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wizard checks the board, says what state it is in and why, shows its plan, and asks before anything irreversible.</source>
        <translation>Der Assistent prüft das Board, gibt an, in welchem Zustand es sich befindet und warum, zeigt seinen Plan und fragt vor jedem irreversiblen Schritt nach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the checks</source>
        <translation>Prüfungen starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probe:</source>
        <translation>Probe:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Let the simulated operator do it (lab boards: a simulated person presses the RESET button and answers every question)</source>
        <translation>Den simulierten Bediener handeln lassen (Labor-Boards: Eine simulierte Person drückt den RESET-Taster und beantwortet jede Frage)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Credentials for Debug Authentication (optional)</source>
        <translation>Anmeldedaten für die Debug-Authentifizierung (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: diagnose and explain only</source>
        <translation>Keine: nur diagnostizieren und erklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file (%1).</source>
        <translation>Datei auswählen (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leaf private key</source>
        <translation>privater Leaf-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys (*.pem *.der *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.der *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain:</source>
        <translation>Zertifikatskette:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate chain, root first</source>
        <translation>Zertifikatskette, Root zuerst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chains (*.b64 *.pem *.crt *.bin);;All files (*)</source>
        <translation>Zertifikatsketten (*.b64 *.pem *.crt *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password file:</source>
        <translation>Passwortdatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password.bin or a raw password file</source>
        <translation>password.bin oder eine Datei mit dem Rohpasswort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passwords (*.bin);;All files (*)</source>
        <translation>Passwörter (*.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys and passwords stay on this computer: they never appear in the log, the report or a support bundle.</source>
        <translation>Schlüssel und Passwörter bleiben auf diesem Computer: Sie erscheinen nie im Protokoll, im Bericht oder in einem Support-Paket.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No probe is listed yet. Plug in an ST-LINK or wait for the lab&apos;s boards to be listed; the device panel shows what was found.</source>
        <translation>Noch keine Probe aufgelistet. Schließen Sie einen ST-LINK an oder warten Sie, bis die Boards des Labors aufgelistet sind; der Bereich „Geräte“ zeigt, was gefunden wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Last connection:</source>
        <translation>&lt;br&gt;Letzte Verbindung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;The wizard identifies the board behind this probe in its first checks.</source>
        <translation>&lt;br&gt;Der Assistent identifiziert das Board hinter dieser Probe bei seinen ersten Prüfungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;A lab board: nobody can press its RESET button by hand, so the wizard shows a RESET button to hold with the mouse.</source>
        <translation>&lt;br&gt;Ein Labor-Board: Niemand kann seinen RESET-Taster von Hand drücken, daher zeigt der Assistent einen RESET-Taster an, den Sie mit der Maus gedrückt halten.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WrpSectorMap</name>
    <message>
        <location filename="../ui/optionbytes/wrp_sector_map.cpp" line="+56"/>
        <source>The part&apos;s flash size is not known, so its sectors cannot be drawn.</source>
        <translation>Die Flash-Größe des Bausteins ist unbekannt, daher können seine Sektoren nicht dargestellt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Bank %1 (%2), %n sector(s):</source>
        <translation>
            <numerusform>Bank %1 (%2), %n Sektor:</numerusform>
            <numerusform>Bank %1 (%2), %n Sektoren:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sector(s) %1 of bank %2: write-protected (bit %3 = %4). Click to unprotect.</source>
        <translation>Sektor(en) %1 von Bank %2: schreibgeschützt (Bit %3 = %4). Klicken, um den Schutz aufzuheben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector(s) %1 of bank %2: not protected (bit %3 = %4). Click to protect.</source>
        <translation>Sektor(en) %1 von Bank %2: nicht geschützt (Bit %3 = %4). Klicken, um zu schützen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No sector is write-protected.</source>
        <translation>Kein Sektor ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sector is write-protected: no erase or programming will succeed.</source>
        <translation>Alle Sektoren sind schreibgeschützt: Weder Löschen noch Programmieren kann gelingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cells write-protected.</source>
        <translation>%1 von %2 Zellen schreibgeschützt.</translation>
    </message>
</context>
</TS>
