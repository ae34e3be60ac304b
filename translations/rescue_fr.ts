<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ErrorCatalogue</name>
    <message>
        <location filename="../core/common/error_catalogue.cpp" line="+13"/>
        <source>Private key readable by others</source>
        <translation>Clé privée lisible par d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run chmod 600 on the key file.</source>
        <translation>Exécutez chmod 600 sur le fichier de clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad hex value in the device catalog</source>
        <translation>Valeur hexadécimale incorrecte dans le catalogue des composants</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <location line="+30"/>
        <source>Correct the value in the catalog file, or reinstall the catalog.</source>
        <translation>Corrigez la valeur dans le fichier du catalogue, ou réinstallez le catalogue.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Register offset not a multiple of 4</source>
        <translation>Offset de registre non multiple de 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the register offset in the catalog file, or reinstall the catalog.</source>
        <translation>Corrigez l&apos;offset du registre dans le fichier du catalogue, ou réinstallez le catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate entry in the device catalog</source>
        <translation>Entrée en double dans le catalogue des composants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the duplicate from the catalog files, or reinstall the catalog.</source>
        <translation>Supprimez le doublon des fichiers du catalogue, ou réinstallez le catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device family in the catalog</source>
        <translation>Aucune famille de composants dans le catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall, or point RESCUE_RESOURCE_DIR at the resources folder.</source>
        <translation>Réinstallez, ou faites pointer RESCUE_RESOURCE_DIR vers le dossier des ressources.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device catalog folder not found</source>
        <translation>Dossier du catalogue des composants introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reinstall, or set RESCUE_RESOURCE_DIR to a folder that contains devices/.</source>
        <translation>Réinstallez, ou définissez RESCUE_RESOURCE_DIR sur un dossier contenant devices/.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required catalog entry missing</source>
        <translation>Entrée obligatoire absente du catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the missing entry or file, or reinstall the catalog.</source>
        <translation>Restaurez l&apos;entrée ou le fichier manquant, ou réinstallez le catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog value out of range</source>
        <translation>Valeur du catalogue hors limites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlapping fields in the catalog</source>
        <translation>Champs qui se chevauchent dans le catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the fields&apos; bit positions in the catalog file, or reinstall the catalog.</source>
        <translation>Corrigez la position des bits des champs dans le fichier du catalogue, ou réinstallez le catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog file is not valid JSON</source>
        <translation>Le fichier du catalogue n&apos;est pas un JSON valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the JSON syntax in the named file, or reinstall the catalog.</source>
        <translation>Corrigez la syntaxe JSON dans le fichier indiqué, ou réinstallez le catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part table names an unknown family</source>
        <translation>La table des références cite une famille inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the family file, or correct the family name in parts.json.</source>
        <translation>Ajoutez le fichier de la famille, ou corrigez le nom de la famille dans parts.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field in a catalog file</source>
        <translation>Champ inconnu dans un fichier du catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or correct the key, or use the catalog that came with this version.</source>
        <translation>Supprimez ou corrigez la clé, ou utilisez le catalogue fourni avec cette version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog refers to something undefined</source>
        <translation>Le catalogue fait référence à un élément non défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the reference in the catalog file, or reinstall the catalog.</source>
        <translation>Corrigez la référence dans le fichier du catalogue, ou réinstallez le catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog file cannot be read</source>
        <translation>Impossible de lire le fichier du catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the permissions of the catalog folder and its files.</source>
        <translation>Vérifiez les permissions du dossier du catalogue et de ses fichiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog value has the wrong type</source>
        <translation>Valeur du catalogue de type incorrect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Challenge is not 32 bytes of hex</source>
        <translation>Le challenge n&apos;est pas composé de 32 octets en hexadécimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the 32-byte challenge vector of the AUTH_START reply, without its header.</source>
        <translation>Copiez le vecteur de challenge de 32 octets de la réponse AUTH_START, sans son en-tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash erase not confirmed</source>
        <translation>Effacement de la flash non confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again with --yes to confirm that the user flash may be erased.</source>
        <translation>Relancez avec --yes pour confirmer que la flash utilisateur peut être effacée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown family or part</source>
        <translation>Famille ou référence inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a known family (h5, h7rs or a catalog id) or a part number.</source>
        <translation>Indiquez une famille connue (h5, h7rs ou un identifiant du catalogue) ou une référence de composant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error in the command</source>
        <translation>Erreur interne dans la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it with the journal file from the data directory.</source>
        <translation>Signalez-la en joignant le fichier journal du répertoire de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission not understood</source>
        <translation>Permission non comprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a permission name of the family (with --family) or a bit number.</source>
        <translation>Indiquez un nom de permission de la famille (avec --family) ou un numéro de bit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report file cannot be written</source>
        <translation>Impossible d&apos;écrire le fichier de rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path and that the folder is writable.</source>
        <translation>Vérifiez le chemin et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such error code</source>
        <translation>Code d&apos;erreur inexistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run rescue errors for the list and copy the code from there.</source>
        <translation>Exécutez rescue errors pour obtenir la liste et copiez-y le code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid command line</source>
        <translation>Ligne de commande non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the options with rescue --help and run the command again.</source>
        <translation>Vérifiez les options avec rescue --help et relancez la commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip did not come back after the grant</source>
        <translation>La puce n&apos;est pas réapparue après l&apos;octroi de la permission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power-cycle the board and connect again; the grant may still have been applied.</source>
        <translation>Coupez puis rétablissez l&apos;alimentation de la carte et reconnectez-vous ; la permission a peut-être quand même été appliquée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip refused to give a challenge</source>
        <translation>La puce a refusé de fournir un challenge</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+130"/>
        <location line="+3"/>
        <location line="+35"/>
        <source>Start a new session with a new reset.</source>
        <translation>Démarrez une nouvelle session avec un nouveau reset.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Unexpected first word from the chip</source>
        <translation>Premier mot inattendu reçu de la puce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the received word with the catalog&apos;s reply word and adjust the catalog.</source>
        <translation>Comparez le mot reçu avec le mot de réponse du catalogue et ajustez le catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug Authentication cancelled</source>
        <translation>Debug Authentication annulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset the board to leave its DA mode, or run the session again.</source>
        <translation>Réinitialisez la carte pour quitter son mode DA, ou relancez la session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog lacks the DA mailbox registers</source>
        <translation>Le catalogue ne contient pas les registres de la boîte aux lettres DA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the three DA mailbox registers to the family&apos;s dbgmcu registers.</source>
        <translation>Ajoutez les trois registres de la boîte aux lettres DA aux registres dbgmcu de la famille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate is not ECDSA P-256</source>
        <translation>Le certificat n&apos;est pas ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the certificates with ECDSA P-256 keys.</source>
        <translation>Créez les certificats avec des clés ECDSA P-256.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate extensions do not match their hash</source>
        <translation>Les extensions du certificat ne correspondent pas à leur hash</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+9"/>
        <source>Use the original certificate file.</source>
        <translation>Utilisez le fichier de certificat d&apos;origine.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Certificate key is not a valid P-256 point</source>
        <translation>La clé du certificat n&apos;est pas un point P-256 valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the original certificate file, or issue the certificate again.</source>
        <translation>Utilisez le fichier de certificat d&apos;origine, ou émettez à nouveau le certificat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate reserved field is not zero</source>
        <translation>Le champ réservé du certificat n&apos;est pas nul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-issue the certificate with a current ADAC tool.</source>
        <translation>Émettez à nouveau le certificat avec un outil ADAC à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate role is invalid</source>
        <translation>Rôle du certificat non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use certificates made by ST&apos;s tools or by rescue da make-credentials.</source>
        <translation>Utilisez des certificats créés par les outils de ST ou par rescue da make-credentials.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root key does not match the .obk</source>
        <translation>La clé racine ne correspond pas au .obk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain made from the same root key as the provisioned DA_Config.obk.</source>
        <translation>Utilisez la chaîne créée à partir de la même clé racine que le DA_Config.obk provisionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one lifecycle</source>
        <translation>Certificat limité à un seul cycle de vie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the constraint against the lifecycle the chip&apos;s discovery reports.</source>
        <translation>Comparez la contrainte au cycle de vie indiqué par la découverte de la puce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one SoC class</source>
        <translation>Certificat limité à une seule classe de SoC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the SoC class against the chip&apos;s discovery, or use an unrestricted chain.</source>
        <translation>Comparez la classe de SoC à celle indiquée par la découverte de la puce, ou utilisez une chaîne sans restriction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one chip</source>
        <translation>Certificat limité à une seule puce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the certificate issued for this chip, or one without a SoC ID.</source>
        <translation>Utilisez le certificat émis pour cette puce, ou un certificat sans SoC ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate signature does not verify</source>
        <translation>La signature du certificat n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the chain file as it was issued, from one key set.</source>
        <translation>Utilisez le fichier de chaîne tel qu&apos;il a été émis, issu d&apos;un seul jeu de clés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate has the wrong size</source>
        <translation>Taille du certificat incorrecte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate for another device family</source>
        <translation>Certificat destiné à une autre famille de composants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use certificates issued for this device family.</source>
        <translation>Utilisez des certificats émis pour cette famille de composants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record is not a certificate</source>
        <translation>L&apos;enregistrement n&apos;est pas un certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a certificate file, not a token, key or password file.</source>
        <translation>Indiquez un fichier de certificat, et non un jeton, une clé ou un fichier de mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra bytes after the certificate</source>
        <translation>Octets en trop après le certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported certificate version</source>
        <translation>Version de certificat non prise en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-create the certificate with a current ADAC tool.</source>
        <translation>Recréez le certificat avec un outil ADAC à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip refused a certificate</source>
        <translation>La puce a refusé un certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chain with rescue da verify and its constraints against the discovery.</source>
        <translation>Vérifiez la chaîne avec rescue da verify et comparez ses contraintes à la découverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chain is broken</source>
        <translation>Chaîne de certificats rompue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain file as ST&apos;s tools write it, root first.</source>
        <translation>Utilisez le fichier de chaîne tel que l&apos;écrivent les outils de ST, racine en premier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain is empty</source>
        <translation>Chaîne de certificats vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the chain file (.b64), root first.</source>
        <translation>Indiquez le fichier de chaîne (.b64), racine en premier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain does not start with the root</source>
        <translation>La chaîne ne commence pas par la racine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain file as ST&apos;s tools write it (cert_leaf_chain.b64), root first.</source>
        <translation>Utilisez le fichier de chaîne tel que l&apos;écrivent les outils de ST (cert_leaf_chain.b64), racine en premier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain does not end with a leaf</source>
        <translation>La chaîne ne se termine pas par une feuille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the full chain file (root, intermediate, leaf).</source>
        <translation>Utilisez le fichier de chaîne complet (racine, intermédiaire, feuille).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain file is not base64 or PEM</source>
        <translation>Le fichier de chaîne n&apos;est ni en base64 ni en PEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give ST&apos;s one-line base64 chain file (.b64), undamaged.</source>
        <translation>Indiquez le fichier de chaîne de ST en base64 sur une seule ligne (.b64), non endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain file holds no certificate</source>
        <translation>Le fichier de chaîne ne contient aucun certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a chain file such as cert_leaf_chain.b64.</source>
        <translation>Choisissez un fichier de chaîne tel que cert_leaf_chain.b64.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain ends on an intermediate</source>
        <translation>La chaîne se termine par un certificat intermédiaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the leaf chain (cert_leaf_chain.b64), not the intermediate chain.</source>
        <translation>Utilisez la chaîne feuille (cert_leaf_chain.b64), et non la chaîne intermédiaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key does not belong to the chain</source>
        <translation>La clé n&apos;appartient pas à la chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the key that goes with the chain (key_3_leaf.pem for cert_leaf_chain.b64).</source>
        <translation>Utilisez la clé associée à la chaîne (key_3_leaf.pem pour cert_leaf_chain.b64).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain holds a record that is not a certificate</source>
        <translation>La chaîne contient un enregistrement qui n&apos;est pas un certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the certificate chain file, not a token or another TLV file.</source>
        <translation>Choisissez le fichier de chaîne de certificats, et non un jeton ou un autre fichier TLV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate chain given</source>
        <translation>Aucune chaîne de certificats indiquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add --cert with the chain file to check the certificates.</source>
        <translation>Ajoutez --cert avec le fichier de chaîne pour vérifier les certificats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates in the wrong order</source>
        <translation>Certificats dans le mauvais ordre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order the certificates root, intermediate(s), leaf.</source>
        <translation>Ordonnez les certificats ainsi : racine, intermédiaire(s), feuille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file is not a certificate chain</source>
        <translation>Le fichier PEM n&apos;est pas une chaîne de certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the certificate chain, not a key file.</source>
        <translation>Choisissez la chaîne de certificats, et non un fichier de clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenge expired</source>
        <translation>Challenge expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new session and send the chain and token without pausing.</source>
        <translation>Démarrez une nouvelle session et envoyez la chaîne et le jeton sans interruption.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge has the wrong size</source>
        <translation>Taille du challenge incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported challenge version</source>
        <translation>Version de challenge non prise en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chip is already Open</source>
        <translation>La puce est déjà Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect without DA; if a regression was under way, it has finished.</source>
        <translation>Connectez-vous sans DA ; si une régression était en cours, elle est terminée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip left the DA session</source>
        <translation>La puce a quitté la session DA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check power and the reset line, then start a new session with a new reset.</source>
        <translation>Vérifiez l&apos;alimentation et la ligne de reset, puis démarrez une nouvelle session avec un nouveau reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrupted reply from the chip</source>
        <translation>Réponse corrompue de la puce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new session with a new reset; if it repeats, lower the SWD clock.</source>
        <translation>Démarrez une nouvelle session avec un nouveau reset ; si le problème se répète, réduisez l&apos;horloge SWD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty certificate permission mask</source>
        <translation>Masque de permissions du certificat vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one permission, for example full-regression.</source>
        <translation>Indiquez au moins une permission, par exemple full-regression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file already exists</source>
        <translation>Le fichier d&apos;identifiants existe déjà</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an empty folder, or ask explicitly to overwrite.</source>
        <translation>Choisissez un dossier vide, ou demandez explicitement l&apos;écrasement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported number of intermediates</source>
        <translation>Nombre de certificats intermédiaires non pris en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for 0 to 8 intermediate certificates.</source>
        <translation>Demandez de 0 à 8 certificats intermédiaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip does not accept P-256 certificates</source>
        <translation>La puce n&apos;accepte pas les certificats P-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the discovery; use the password method if the chip is set up for it.</source>
        <translation>Vérifiez la découverte ; utilisez la méthode par mot de passe si la puce est configurée pour celle-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip refused the discovery</source>
        <translation>La puce a refusé la découverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovery record has the wrong size</source>
        <translation>Taille de l&apos;enregistrement de découverte incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Start a new session; if it repeats, report the raw discovery bytes.</source>
        <translation>Démarrez une nouvelle session ; si le problème se répète, signalez les octets bruts de la découverte.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discovery record of unknown type</source>
        <translation>Enregistrement de découverte de type inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discovery reply cannot be parsed</source>
        <translation>Impossible d&apos;analyser la réponse de découverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report the raw discovery bytes with the journal.</source>
        <translation>Signalez les octets bruts de la découverte en joignant le journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large for a credential</source>
        <translation>Fichier trop volumineux pour des identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you picked the right file.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file cannot be read</source>
        <translation>Impossible de lire le fichier d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path, that the file exists, and its permissions.</source>
        <translation>Vérifiez le chemin, l&apos;existence du fichier et ses permissions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file cannot be written</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe firmware cannot reach AP0</source>
        <translation>Le firmware de la sonde ne peut pas atteindre AP0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the ST-LINK firmware with STM32CubeProgrammer, then try again.</source>
        <translation>Mettez à jour le firmware ST-LINK avec STM32CubeProgrammer, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong key for the leaf certificate</source>
        <translation>Clé incorrecte pour le certificat feuille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the leaf key of the same set (key_3_leaf.pem next to cert_leaf_chain.b64).</source>
        <translation>Indiquez la clé feuille du même jeu (key_3_leaf.pem à côté de cert_leaf_chain.b64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key file is inconsistent</source>
        <translation>Fichier de clé privée incohérent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the original key file.</source>
        <translation>Utilisez le fichier de clé d&apos;origine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key uses legacy PEM encryption</source>
        <translation>La clé utilise l&apos;ancien chiffrement PEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert it to encrypted PKCS#8 with openssl pkcs8 -topk8, then use the new file.</source>
        <translation>Convertissez-la en PKCS#8 chiffré avec openssl pkcs8 -topk8, puis utilisez le nouveau fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>No private key given</source>
        <translation>Aucune clé privée indiquée</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Add --key with the leaf key (key_3_leaf.pem) to check it.</source>
        <translation>Ajoutez --key avec la clé feuille (key_3_leaf.pem) pour la vérifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key is not on the P-256 curve</source>
        <translation>La clé publique n&apos;est pas sur la courbe P-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Use the original key or certificate file.</source>
        <translation>Utilisez le fichier de clé ou de certificat d&apos;origine.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Key is not ECDSA P-256</source>
        <translation>La clé n&apos;est pas ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the P-256 key that belongs to your certificate chain.</source>
        <translation>Utilisez la clé P-256 qui correspond à votre chaîne de certificats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passphrase or damaged key</source>
        <translation>Phrase secrète incorrecte ou clé endommagée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the passphrase and its keyboard layout, then try again.</source>
        <translation>Vérifiez la phrase secrète et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase needed for the key</source>
        <translation>Phrase secrète requise pour la clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it on a terminal to be asked for the passphrase, or give --passphrase-file.</source>
        <translation>Exécutez la commande dans un terminal pour que la phrase secrète vous soit demandée, ou indiquez --passphrase-file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key given instead of private</source>
        <translation>Clé publique fournie au lieu de la clé privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the private key file (key_3_leaf.pem, not key_3_leaf_pub.pem).</source>
        <translation>Utilisez le fichier de clé privée (key_3_leaf.pem, et non key_3_leaf_pub.pem).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key has the wrong size</source>
        <translation>Taille de la clé publique incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key file cannot be decoded</source>
        <translation>Impossible de décoder le fichier de clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an undamaged PEM key file such as key_3_leaf.pem.</source>
        <translation>Indiquez un fichier de clé PEM non endommagé, tel que key_3_leaf.pem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA mailbox not found</source>
        <translation>Boîte aux lettres DA introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the SWD wiring and that the board is powered.</source>
        <translation>Vérifiez le câblage SWD et que la carte est alimentée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response from the DA mailbox</source>
        <translation>Aucune réponse de la boîte aux lettres DA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chip&apos;s state and its DA provisioning, then start a new session.</source>
        <translation>Vérifiez l&apos;état de la puce et son provisionnement DA, puis démarrez une nouvelle session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+747"/>
        <location line="+197"/>
        <source>Nothing answers on SWD</source>
        <translation>Aucune réponse sur SWD</translation>
    </message>
    <message>
        <location line="-941"/>
        <source>Check SWDIO, SWCLK, GND and the target&apos;s power; lower the SWD clock.</source>
        <translation>Vérifiez SWDIO, SWCLK, GND et l&apos;alimentation de la cible ; réduisez l&apos;horloge SWD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the leaf key with --key.</source>
        <translation>Indiquez la clé feuille avec --key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission requested</source>
        <translation>Aucune permission demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one permission with --permission.</source>
        <translation>Indiquez une permission avec --permission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session not connected</source>
        <translation>Session DA non connectée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect the session first, then repeat the step.</source>
        <translation>Connectez d&apos;abord la session, puis répétez l&apos;étape.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session not open</source>
        <translation>Session DA non ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new session (a reset with the request word) first.</source>
        <translation>Ouvrez d&apos;abord une nouvelle session (un reset avec le mot de requête).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NRST not effective</source>
        <translation>NRST sans effet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wire the probe&apos;s T_NRST to the chip&apos;s NRST, or use the guided manual reset.</source>
        <translation>Reliez la broche T_NRST de la sonde à la broche NRST de la puce, ou utilisez le reset manuel guidé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong .obk destination</source>
        <translation>Destination du .obk incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the DA_Config.obk or DA_ConfigWithPassword.obk made for this family.</source>
        <translation>Utilisez le DA_Config.obk ou le DA_ConfigWithPassword.obk créé pour cette famille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusual .obk flag word</source>
        <translation>Mot d&apos;indicateurs du .obk inhabituel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Regenerate the .obk from its XML.</source>
        <translation>Régénérez le .obk à partir de son XML.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Damaged .obk file</source>
        <translation>Fichier .obk endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate the .obk from its XML with ST&apos;s tools or rescue da make-credentials.</source>
        <translation>Régénérez le .obk à partir de son XML avec les outils de ST ou rescue da make-credentials.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid .obk file</source>
        <translation>Fichier .obk non valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the DA_Config.obk or DA_ConfigWithPassword.obk made for the chip.</source>
        <translation>Choisissez le DA_Config.obk ou le DA_ConfigWithPassword.obk créé pour la puce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File is DA_ConfigLock.obk</source>
        <translation>Le fichier est DA_ConfigLock.obk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give DA_Config.obk or DA_ConfigWithPassword.obk instead.</source>
        <translation>Indiquez plutôt DA_Config.obk ou DA_ConfigWithPassword.obk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission mask too wide for the .obk</source>
        <translation>Masque de permissions trop large pour le .obk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only permission bits 0 to 31 for this family.</source>
        <translation>Utilisez uniquement les bits de permission 0 à 31 pour cette famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family takes no .obk file</source>
        <translation>Cette famille n&apos;utilise pas de fichier .obk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program the password hash into OTP as the hint shows, not an .obk.</source>
        <translation>Programmez le hash du mot de passe dans l&apos;OTP comme l&apos;indique l&apos;aide, et non un .obk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.obk is not the certificate configuration</source>
        <translation>Le .obk n&apos;est pas la configuration par certificats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give DA_Config.obk to check a certificate chain.</source>
        <translation>Indiquez DA_Config.obk pour vérifier une chaîne de certificats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No .obk given</source>
        <translation>Aucun .obk indiqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add --obk with the .obk that was provisioned.</source>
        <translation>Ajoutez --obk avec le .obk qui a été provisionné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.obk reserved bytes are not zero</source>
        <translation>Les octets réservés du .obk ne sont pas nuls</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.obk payload has the wrong size</source>
        <translation>Taille de la charge utile du .obk incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+304"/>
        <source>Use the .obk as ST&apos;s tools made it.</source>
        <translation>Utilisez le .obk tel que les outils de ST l&apos;ont créé.</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>.obk file too short</source>
        <translation>Fichier .obk trop court</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the .obk file made for the chip.</source>
        <translation>Choisissez le fichier .obk créé pour la puce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implausible ADAC packet length</source>
        <translation>Longueur de paquet ADAC invraisemblable</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Reset the target and start a new session.</source>
        <translation>Réinitialisez la cible et démarrez une nouvelle session.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ADAC packet length mismatch</source>
        <translation>Longueur de paquet ADAC incohérente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the start of an ADAC packet</source>
        <translation>Pas un début de paquet ADAC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ADAC packet header cut short</source>
        <translation>En-tête de paquet ADAC tronqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chip refused the password</source>
        <translation>La puce a refusé le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the password file provisioned into this chip (password.bin or the raw file).</source>
        <translation>Indiquez le fichier de mot de passe provisionné dans cette puce (password.bin ou le fichier brut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty password</source>
        <translation>Mot de passe vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a password of 1 to 16 characters.</source>
        <translation>Indiquez un mot de passe de 1 à 16 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password does not match the .obk</source>
        <translation>Le mot de passe ne correspond pas au .obk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the password file made with this DA_ConfigWithPassword.obk.</source>
        <translation>Utilisez le fichier de mot de passe créé avec ce DA_ConfigWithPassword.obk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password matches the .obk</source>
        <translation>Le mot de passe correspond au .obk</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+302"/>
        <location line="+80"/>
        <source>Nothing to do.</source>
        <translation>Aucune action nécessaire.</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Password file length mismatch</source>
        <translation>Longueur du fichier de mot de passe incohérente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate the password file.</source>
        <translation>Régénérez le fichier de mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File is not a password TLV</source>
        <translation>Le fichier n&apos;est pas un TLV de mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick password.bin or a raw password file.</source>
        <translation>Choisissez password.bin ou un fichier de mot de passe brut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password too long</source>
        <translation>Mot de passe trop long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you picked the password file.</source>
        <translation>Vérifiez que vous avez choisi le fichier de mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong file given as the password</source>
        <translation>Mauvais fichier indiqué comme mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick password.bin (ST&apos;s TLV) or the raw password file (user_password.bin).</source>
        <translation>Choisissez password.bin (TLV de ST) ou le fichier de mot de passe brut (user_password.bin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not granted</source>
        <translation>Permission non accordée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a permission the chip&apos;s discovery offers.</source>
        <translation>Demandez une permission proposée par la découverte de la puce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not in every certificate</source>
        <translation>Permission absente d&apos;au moins un certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a permission every certificate allows, or issue new certificates.</source>
        <translation>Demandez une permission autorisée par tous les certificats, ou émettez de nouveaux certificats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not offered by the chip</source>
        <translation>Permission non proposée par la puce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for one of the permissions the chip offers.</source>
        <translation>Demandez l&apos;une des permissions proposées par la puce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions the chain can grant</source>
        <translation>Permissions que la chaîne peut accorder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No permission in common</source>
        <translation>Aucune permission commune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-issue the certificates with overlapping permission masks.</source>
        <translation>Émettez à nouveau les certificats avec des masques de permissions qui se recoupent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission asked for</source>
        <translation>Aucune permission demandée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add --permission with the permission you will ask for.</source>
        <translation>Ajoutez --permission avec la permission que vous demanderez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested permission outside the grant</source>
        <translation>Permission demandée hors des permissions accordées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask only for permissions the chain and the chip&apos;s discovery allow.</source>
        <translation>Ne demandez que des permissions autorisées par la chaîne et par la découverte de la puce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.obk allows less than the certificates</source>
        <translation>Le .obk autorise moins que les certificats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do unless you need that permission.</source>
        <translation>Aucune action nécessaire, sauf si vous avez besoin de cette permission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission set has the wrong size</source>
        <translation>Taille de l&apos;ensemble de permissions incorrecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the certificate, token or .obk for damage.</source>
        <translation>Vérifiez que le certificat, le jeton ou le .obk n&apos;est pas endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission mask not understood</source>
        <translation>Masque de permissions non compris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a hex mask such as 0x4000 or a name such as full-regression.</source>
        <translation>Écrivez un masque hexadécimal tel que 0x4000 ou un nom tel que full-regression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission mask over 128 bits</source>
        <translation>Masque de permissions de plus de 128 bits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a mask of at most 32 hex digits.</source>
        <translation>Écrivez un masque de 32 chiffres hexadécimaux au maximum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission bit with no known meaning</source>
        <translation>Bit de permission sans signification connue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a named permission, for example full-regression.</source>
        <translation>Demandez une permission nommée, par exemple full-regression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown permission name</source>
        <translation>Nom de permission inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the family&apos;s permission names, or give the mask in hex.</source>
        <translation>Utilisez l&apos;un des noms de permission de la famille, ou indiquez le masque en hexadécimal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe failed during DA</source>
        <translation>Défaillance de la sonde pendant la DA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s USB connection and the SWD wiring, then run the command again.</source>
        <translation>Vérifiez la connexion USB de la sonde et le câblage SWD, puis relancez la commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DA_ConfigLock is never written</source>
        <translation>DA_ConfigLock n&apos;est jamais écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision DA_Config.obk or DA_ConfigWithPassword.obk instead.</source>
        <translation>Provisionnez plutôt DA_Config.obk ou DA_ConfigWithPassword.obk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioned configuration not seen</source>
        <translation>Configuration provisionnée non détectée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the file matches this chip&apos;s DA method, then provision again.</source>
        <translation>Vérifiez que le fichier correspond à la méthode DA de cette puce, puis provisionnez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip not in Provisioning</source>
        <translation>La puce n&apos;est pas en Provisioning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move an Open chip to Provisioning first; a closed chip needs a DA regression.</source>
        <translation>Faites d&apos;abord passer une puce Open en Provisioning ; une puce fermée nécessite une régression DA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip not in the device catalog</source>
        <translation>Puce absente du catalogue des composants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the part with rescue connect, or run the STM32CubeProgrammer command shown.</source>
        <translation>Vérifiez la référence avec rescue connect, ou exécutez la commande STM32CubeProgrammer indiquée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+379"/>
        <source>Boot ROM service not reachable</source>
        <translation>Service de la Boot ROM inaccessible</translation>
    </message>
    <message>
        <location line="-376"/>
        <location line="+379"/>
        <source>Run the STM32CubeProgrammer command shown in the hint.</source>
        <translation>Exécutez la commande STM32CubeProgrammer indiquée dans l&apos;aide.</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Wrong root of trust</source>
        <translation>Racine de confiance incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain issued under the root key provisioned in the chip.</source>
        <translation>Utilisez la chaîne émise sous la clé racine provisionnée dans la puce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale challenge</source>
        <translation>Challenge périmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new session and sign the token over its challenge.</source>
        <translation>Démarrez une nouvelle session et signez le jeton sur son challenge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product state not readable</source>
        <translation>État du produit illisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the family&apos;s catalog entry defines its product-state field.</source>
        <translation>Vérifiez que l&apos;entrée de la famille dans le catalogue définit son champ d&apos;état du produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLV reserved field is not zero</source>
        <translation>Le champ réservé du TLV n&apos;est pas nul</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Use the original file.</source>
        <translation>Utilisez le fichier d&apos;origine.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Data after the last TLV record</source>
        <translation>Données après le dernier enregistrement TLV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLV record cut short</source>
        <translation>Enregistrement TLV tronqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token is not ECDSA P-256</source>
        <translation>Le jeton n&apos;est pas ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token with the P-256 leaf key.</source>
        <translation>Signez le jeton avec la clé feuille P-256.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token signature does not verify</source>
        <translation>La signature du jeton n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the token with the leaf key over the challenge of the latest AUTH_START.</source>
        <translation>Signez le jeton avec la clé feuille sur le challenge du dernier AUTH_START.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token has the wrong size</source>
        <translation>Taille du jeton incorrecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token again.</source>
        <translation>Signez à nouveau le jeton.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported token version</source>
        <translation>Version de jeton non prise en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token again with a current tool.</source>
        <translation>Signez à nouveau le jeton avec un outil à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown permission</source>
        <translation>Permission inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a permission name of the chip&apos;s family or a bit number from 0 to 127.</source>
        <translation>Indiquez un nom de permission de la famille de la puce ou un numéro de bit de 0 à 127.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML has no destination address</source>
        <translation>Le XML n&apos;a pas d&apos;adresse de destination</translation>
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
        <translation>Indiquez le DA_Config.xml ou le DA_ConfigWithPassword.xml du package de ST.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>XML has no DoEncryption value</source>
        <translation>Le XML n&apos;a pas de valeur DoEncryption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML names no DA method</source>
        <translation>Le XML n&apos;indique aucune méthode DA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML has no Info element</source>
        <translation>Le XML n&apos;a pas d&apos;élément Info</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an ST DA configuration XML</source>
        <translation>Pas un XML de configuration DA de ST</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML and .obk destinations differ</source>
        <translation>Les destinations du XML et du .obk diffèrent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Rebuild the .obk from this XML, or give the matching pair.</source>
        <translation>Recréez le .obk à partir de ce XML, ou indiquez la paire correspondante.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>.obk was not built from this XML</source>
        <translation>Le .obk n&apos;a pas été créé à partir de ce XML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML and .obk flags differ</source>
        <translation>Les indicateurs du XML et du .obk diffèrent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML password differs from the .obk</source>
        <translation>Le mot de passe du XML diffère de celui du .obk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML and .obk permissions differ</source>
        <translation>Les permissions du XML et du .obk diffèrent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML has no password</source>
        <translation>Le XML n&apos;a pas de mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML permission missing or invalid</source>
        <translation>Permission du XML absente ou non valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root key missing for the XML</source>
        <translation>Clé racine absente pour le XML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the root public key the XML names.</source>
        <translation>Indiquez la clé publique racine désignée par le XML.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML root key not read</source>
        <translation>Clé racine du XML non lue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the XML next to its Keys folder, as in ST&apos;s package.</source>
        <translation>Laissez le XML à côté de son dossier Keys, comme dans le package de ST.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML root key differs from the chain</source>
        <translation>La clé racine du XML diffère de celle de la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision and sign with the same root key.</source>
        <translation>Provisionnez et signez avec la même clé racine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown part number</source>
        <translation>Référence de composant inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the part number; the hint lists close matches or the known lines.</source>
        <translation>Vérifiez la référence ; l&apos;aide indique les correspondances proches ou les lignes connues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job cancelled</source>
        <translation>Tâche annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the action again when ready.</source>
        <translation>Relancez l&apos;action lorsque vous êtes prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job has nothing to run</source>
        <translation>La tâche n&apos;a rien à exécuter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it with the journal.</source>
        <translation>Signalez-le en joignant le journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job stopped on an unexpected error</source>
        <translation>Tâche arrêtée sur une erreur inattendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it and attach the journal, which holds the events that led to it.</source>
        <translation>Signalez-le en joignant le journal, qui contient les événements qui y ont conduit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe session not open</source>
        <translation>Session de sonde non ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the probe again, then repeat the action.</source>
        <translation>Ouvrez de nouveau la sonde, puis répétez l&apos;action.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event line is not valid</source>
        <translation>Ligne d&apos;événement non valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do; the events around it are unaffected.</source>
        <translation>Aucune action nécessaire ; les événements voisins ne sont pas affectés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged journal line</source>
        <translation>Ligne du journal endommagée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do; the other lines were read.</source>
        <translation>Aucune action nécessaire ; les autres lignes ont été lues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal folder cannot be created</source>
        <translation>Impossible de créer le dossier du journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Check that the data folder is writable; events are shown but not saved.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture ; les événements sont affichés mais pas enregistrés.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Journal file cannot be created</source>
        <translation>Impossible de créer le fichier journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal cannot be read</source>
        <translation>Impossible de lire le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event not saved to the journal</source>
        <translation>Événement non enregistré dans le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space; events are still shown but not saved.</source>
        <translation>Libérez de l&apos;espace disque ; les événements sont toujours affichés mais pas enregistrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lab probe URI</source>
        <translation>URI de sonde de labo non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write lab:NAME (see rescue lab list) or lab:path/to/scenario.json.</source>
        <translation>Écrivez lab:NAME (voir rescue lab list) ou lab:path/to/scenario.json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab board in use</source>
        <translation>Carte de labo en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the other command to finish or stop it, then try again.</source>
        <translation>Attendez la fin de l&apos;autre commande ou arrêtez-la, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault campaign found failures</source>
        <translation>La campagne d&apos;injection de fautes a détecté des échecs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat a failed run with the command printed next to it and read its journal.</source>
        <translation>Répétez une exécution en échec avec la commande affichée à côté et lisez son journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog lacks a flash register for the lab</source>
        <translation>Le catalogue ne contient pas de registre flash pour le labo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check flashRegisters in the family&apos;s resources/devices file.</source>
        <translation>Vérifiez flashRegisters dans le fichier resources/devices de la famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab cannot build the chip</source>
        <translation>Le labo ne peut pas construire la puce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the family&apos;s file in resources/devices.</source>
        <translation>Vérifiez le fichier de la famille dans resources/devices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid chip parameter in a scenario</source>
        <translation>Paramètre de puce non valide dans un scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the value; core/sim/stm32/chip_parameters.h lists the keys.</source>
        <translation>Corrigez la valeur ; core/sim/stm32/chip_parameters.h liste les clés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External flash program crosses a page</source>
        <translation>La programmation de la flash externe franchit une limite de page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split the write at 256-byte page boundaries.</source>
        <translation>Découpez l&apos;écriture aux limites des pages de 256 octets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address outside the external flash</source>
        <translation>Adresse hors de la flash externe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the offset and length inside the external flash.</source>
        <translation>Gardez l&apos;offset et la longueur dans les limites de la flash externe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant asks the lab chip for nothing</source>
        <translation>Les permissions accordées ne demandent aucune action à la puce de labo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a permission that triggers an action, such as full-regression.</source>
        <translation>Demandez une permission qui déclenche une action, par exemple full-regression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family keeps no DA password in OTP</source>
        <translation>Cette famille ne conserve aucun mot de passe DA en OTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision the password method with its .obk for this family.</source>
        <translation>Provisionnez la méthode par mot de passe avec son .obk pour cette famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lab scenarios found</source>
        <translation>Aucun scénario de labo trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set RESCUE_RESOURCE_DIR to the resources/ folder of the installation.</source>
        <translation>Définissez RESCUE_RESOURCE_DIR sur le dossier resources/ de l&apos;installation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab board cannot be saved</source>
        <translation>Impossible d&apos;enregistrer la carte de labo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the scenario from a file (lab:NAME or lab:path/to/file.json).</source>
        <translation>Chargez le scénario depuis un fichier (lab:NAME ou lab:path/to/file.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab boot ROM refused the .obk size</source>
        <translation>La Boot ROM du labo a refusé la taille du .obk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab chip refused the .obk destination</source>
        <translation>La puce de labo a refusé la destination du .obk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the .obk made for this family.</source>
        <translation>Utilisez le .obk créé pour cette famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip not in Provisioning</source>
        <translation>La puce de labo n&apos;est pas en Provisioning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the chip to Provisioning first.</source>
        <translation>Faites d&apos;abord passer la puce en Provisioning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the option change</source>
        <translation>La puce de labo a refusé la modification des options</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the change with rescue ob check.</source>
        <translation>Vérifiez la modification avec rescue ob check.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the product state</source>
        <translation>La puce de labo a refusé l&apos;état du produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the move with rescue ob check and go through the allowed states.</source>
        <translation>Vérifiez la transition avec rescue ob check et passez par les états autorisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regression already running</source>
        <translation>Régression déjà en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the running regression to finish.</source>
        <translation>Attendez la fin de la régression en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regression not possible in this state</source>
        <translation>Régression impossible dans cet état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chip&apos;s state and the regression&apos;s requirements.</source>
        <translation>Vérifiez l&apos;état de la puce et les conditions requises pour la régression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug re-open without a level</source>
        <translation>Réouverture du débogage sans niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a debug re-open permission that names a level.</source>
        <translation>Demandez une permission de réouverture du débogage qui indique un niveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug re-open not allowed</source>
        <translation>Réouverture du débogage non autorisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a regression instead, if the state allows one.</source>
        <translation>Utilisez plutôt une régression, si l&apos;état le permet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an option register address</source>
        <translation>Pas une adresse de registre d&apos;options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the address of an option register of this family.</source>
        <translation>Indiquez l&apos;adresse d&apos;un registre d&apos;options de cette famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product state not set through the ROM</source>
        <translation>État du produit non modifiable par la ROM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program the product state through the option bytes (rescue ob write).</source>
        <translation>Programmez l&apos;état du produit via les octets d&apos;option (rescue ob write).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved lab board state unusable</source>
        <translation>État enregistré de la carte de labo inutilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run rescue lab reset NAME to start again from the scenario.</source>
        <translation>Exécutez rescue lab reset NAME pour repartir du scénario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved lab board state malformed</source>
        <translation>État enregistré de la carte de labo mal formé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Reset the lab board to its scenario (rescue lab reset).</source>
        <translation>Réinitialisez la carte de labo à son scénario (rescue lab reset).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>State not expressible in option bytes</source>
        <translation>État non représentable dans les octets d&apos;option</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the scenario&apos;s option bytes and lifecycle agree.</source>
        <translation>Mettez en accord les octets d&apos;option et le cycle de vie du scénario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved state is for another part</source>
        <translation>L&apos;état enregistré concerne une autre référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab store file error</source>
        <translation>Erreur du fichier de stockage du labo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the data directory is writable and the disk is not full.</source>
        <translation>Vérifiez que le répertoire de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected area removed</source>
        <translation>Zone protégée supprimée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area outside the bank</source>
        <translation>Zone hors de la banque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the area inside the bank&apos;s sectors, or set start after end for no area.</source>
        <translation>Gardez la zone dans les secteurs de la banque, ou placez le début après la fin pour n&apos;avoir aucune zone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle move goes backwards</source>
        <translation>Transition de cycle de vie vers l&apos;arrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back with a DA regression (rescue da auth --permission full-regression).</source>
        <translation>Revenez en arrière avec une régression DA (rescue da auth --permission full-regression).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot address outside boot memory</source>
        <translation>Adresse de boot hors de la mémoire de boot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point it at the application&apos;s vector table, as ST&apos;s scripts do.</source>
        <translation>Faites-la pointer vers la table des vecteurs de l&apos;application, comme le font les scripts de ST.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot address in the other security domain</source>
        <translation>Adresse de boot dans l&apos;autre domaine de sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the alias that matches the field&apos;s security domain.</source>
        <translation>Utilisez l&apos;alias correspondant au domaine de sécurité du champ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot lock is permanent</source>
        <translation>Le verrouillage du boot est définitif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the boot address first; leave the lock at 0xC3 while developing.</source>
        <translation>Vérifiez d&apos;abord l&apos;adresse de boot ; laissez le verrou à 0xC3 pendant le développement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog lacks a FLASH register</source>
        <translation>Le catalogue ne contient pas de registre FLASH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the family&apos;s file in resources/devices (docs/device-catalog.md).</source>
        <translation>Vérifiez le fichier de la famille dans resources/devices (docs/device-catalog.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option bytes changed since read</source>
        <translation>Octets d&apos;option modifiés depuis la lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read them again, then make the change over what is there now.</source>
        <translation>Relisez-les, puis appliquez la modification sur les valeurs actuelles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing debug</source>
        <translation>Fermeture du débogage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the DA credentials (keys, certificates or password) safe before closing.</source>
        <translation>Mettez en lieu sûr les identifiants DA (clés, certificats ou mot de passe) avant la fermeture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing without DA provisioned</source>
        <translation>Fermeture sans DA provisionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision the DA configuration in Provisioning and check it before closing.</source>
        <translation>Provisionnez la configuration DA en Provisioning et vérifiez-la avant la fermeture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug locked for good</source>
        <translation>Débogage verrouillé définitivement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0x51 (certificates) or 0x8A (password) instead.</source>
        <translation>Utilisez plutôt 0x51 (certificats) ou 0x8A (mot de passe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash error after erase</source>
        <translation>Erreur flash après l&apos;effacement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the option bytes and erase again after a reset.</source>
        <translation>Lisez les octets d&apos;option et effacez à nouveau après un reset.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase cut short</source>
        <translation>Effacement interrompu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the board&apos;s power and reset line, then erase again.</source>
        <translation>Vérifiez l&apos;alimentation et la ligne de reset de la carte, puis effacez à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase refused by write protection</source>
        <translation>Effacement refusé par la protection en écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear write protection first (the hint gives the command), then erase again.</source>
        <translation>Supprimez d&apos;abord la protection en écriture (l&apos;aide indique la commande), puis effacez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field frozen by a boot lock</source>
        <translation>Champ figé par un verrouillage du boot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the field as it is; nothing clears the boot lock.</source>
        <translation>Laissez le champ tel quel ; rien ne permet de lever le verrouillage du boot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field frozen in this state</source>
        <translation>Champ figé dans cet état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change it in a state where it is writable, such as Open after a DA regression.</source>
        <translation>Modifiez-le dans un état où il est modifiable, par exemple Open après une régression DA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide-protected area</source>
        <translation>Zone masquée (HDP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep only boot-time secrets and code there.</source>
        <translation>N&apos;y placez que les secrets et le code utilisés au démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide-protected area holds the boot address</source>
        <translation>La zone masquée (HDP) contient l&apos;adresse de boot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide only the secure boot loader&apos;s sectors; boot the application outside.</source>
        <translation>Ne masquez que les secteurs du bootloader sécurisé ; démarrez l&apos;application en dehors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Not a valid code for the field</source>
        <translation>Code non valide pour ce champ</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Use one of the listed values (rescue ob read shows them).</source>
        <translation>Utilisez l&apos;une des valeurs listées (rescue ob read les affiche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug link drops on a state change</source>
        <translation>La liaison de débogage est coupée lors d&apos;un changement d&apos;état</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locking the chip for good</source>
        <translation>Verrouillage définitif de la puce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close with Closed (0x72) instead, which DA can still reopen.</source>
        <translation>Fermez plutôt avec Closed (0x72), que la DA peut encore rouvrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip is Locked</source>
        <translation>La puce est Locked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be done through the debug port.</source>
        <translation>Plus rien n&apos;est possible via le port de débogage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such flash bank</source>
        <translation>Banque flash inexistante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use --mass, or a bank number the part has.</source>
        <translation>Utilisez --mass, ou un numéro de banque existant sur cette référence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target not identified</source>
        <translation>Cible non identifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run rescue connect to see what answers.</source>
        <translation>Exécutez rescue connect pour voir ce qui répond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family has no TZ-Closed state</source>
        <translation>Cette famille n&apos;a pas d&apos;état TZ-Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close with Closed (0x72) instead.</source>
        <translation>Fermez plutôt avec Closed (0x72).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVSTATE is not written directly</source>
        <translation>NVSTATE ne s&apos;écrit pas directement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request the Closed product state (0x72) instead.</source>
        <translation>Demandez plutôt l&apos;état du produit Closed (0x72).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to closed in one step</source>
        <translation>Passage de Open à fermé en une seule étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Provisioning, provision and check DA, then close.</source>
        <translation>Passez en Provisioning, provisionnez et vérifiez la DA, puis fermez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip refused the option change</source>
        <translation>La puce a refusé la modification des options</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the option bytes and check the change with rescue ob check.</source>
        <translation>Lisez les octets d&apos;option et vérifiez la modification avec rescue ob check.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locking OTP blocks for good</source>
        <translation>Verrouillage définitif de blocs OTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program the OTP content and check it before locking.</source>
        <translation>Programmez le contenu OTP et vérifiez-le avant le verrouillage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entering Provisioning</source>
        <translation>Passage en Provisioning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the DA configuration (.obk) ready to provision right after this step.</source>
        <translation>Préparez la configuration DA (.obk) pour la provisionner immédiatement après cette étape.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field is read-only</source>
        <translation>Champ en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it as read.</source>
        <translation>Laissez-le tel qu&apos;il a été lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change refused by the validator</source>
        <translation>Modification refusée par le validateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the findings and do what they suggest instead.</source>
        <translation>Lisez les constats et suivez plutôt leurs recommandations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to Open needs a DA regression</source>
        <translation>Le retour à Open nécessite une régression DA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run rescue da auth --permission full-regression with the provisioned credentials.</source>
        <translation>Exécutez rescue da auth --permission full-regression avec les identifiants provisionnés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State move needs another field first</source>
        <translation>Le changement d&apos;état nécessite d&apos;abord un autre champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the required field first, in its own write while Open or Provisioning.</source>
        <translation>Définissez d&apos;abord le champ requis, par une écriture séparée en Open ou en Provisioning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change touches reserved bits</source>
        <translation>La modification touche des bits réservés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change named fields only.</source>
        <translation>Ne modifiez que des champs nommés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secure watermark area</source>
        <translation>Zone sécurisée (watermark)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the secure application fits inside the area.</source>
        <translation>Vérifiez que l&apos;application sécurisée tient dans la zone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-only bits would be cleared</source>
        <translation>Des bits à activation seule seraient effacés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep every bit that is already set.</source>
        <translation>Conservez tous les bits déjà activés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a product-state code</source>
        <translation>Pas un code d&apos;état du produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the listed product-state codes.</source>
        <translation>Utilisez l&apos;un des codes d&apos;état du produit listés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State entered only by the hardware</source>
        <translation>État atteint uniquement par le matériel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the regression itself with rescue da auth --permission full-regression.</source>
        <translation>Exécutez la régression elle-même avec rescue da auth --permission full-regression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product state in force unknown</source>
        <translation>État du produit en vigueur inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the option bytes again (rescue ob read).</source>
        <translation>Relisez les octets d&apos;option (rescue ob read).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid TCM share value</source>
        <translation>Valeur de partage TCM non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0, 1, 2 or 3.</source>
        <translation>Utilisez 0, 1, 2 ou 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash stayed busy</source>
        <translation>La flash est restée occupée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power-cycle the board and read the option bytes again before retrying.</source>
        <translation>Coupez puis rétablissez l&apos;alimentation de la carte et relisez les octets d&apos;option avant de réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrustZone setting changes</source>
        <translation>Modification du réglage TrustZone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision the DA configuration that matches the new TZEN.</source>
        <translation>Provisionnez la configuration DA correspondant au nouveau TZEN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TZEN not changeable in this state</source>
        <translation>TZEN non modifiable dans cet état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the chip back to Open with a DA regression first.</source>
        <translation>Ramenez d&apos;abord la puce en Open par une régression DA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irreversible change not confirmed</source>
        <translation>Modification irréversible non confirmée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the confirmation phrase exactly (--confirm).</source>
        <translation>Répétez exactement la phrase de confirmation (--confirm).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition not confirmed by the manual</source>
        <translation>Transition non confirmée par le manuel de référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do; check the result after the move.</source>
        <translation>Aucune action nécessaire ; vérifiez le résultat après la transition.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash unlock refused</source>
        <translation>Déverrouillage de la flash refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset or power-cycle the board, then try again.</source>
        <translation>Réinitialisez la carte ou coupez puis rétablissez son alimentation, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes not readable</source>
        <translation>Octets d&apos;option illisibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the chip with Debug Authentication, then read them again.</source>
        <translation>Rouvrez la puce avec la Debug Authentication, puis relisez-les.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip did not take the change</source>
        <translation>La puce n&apos;a pas appliqué la modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the change with rescue ob check; nothing was retried.</source>
        <translation>Vérifiez la modification avec rescue ob check ; aucune nouvelle tentative n&apos;a été faite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole bank write-protected</source>
        <translation>Banque entière protégée en écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect only the boot code&apos;s sectors; clear WRP before any mass erase.</source>
        <translation>Ne protégez que les secteurs du code de boot ; supprimez la WRP avant tout effacement complet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectors become write-protected</source>
        <translation>Des secteurs vont être protégés en écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect only what the boot code needs; clear WRP before erasing.</source>
        <translation>Ne protégez que ce dont le code de boot a besoin ; supprimez la WRP avant l&apos;effacement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value not understood</source>
        <translation>Valeur non comprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a number (0x1F, 0b101 or 31) or one of the field&apos;s value names.</source>
        <translation>Écrivez un nombre (0x1F, 0b101 ou 31) ou l&apos;un des noms de valeur du champ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use one of the valid values the hint lists.</source>
        <translation>Utilisez l&apos;une des valeurs valides indiquées dans l&apos;aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option-byte file for another family</source>
        <translation>Fichier d&apos;octets d&apos;option destiné à une autre famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a file exported from a board of the same family.</source>
        <translation>Importez un fichier exporté depuis une carte de la même famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid fields in the option-byte file</source>
        <translation>Champs non valides dans le fichier d&apos;octets d&apos;option</translation>
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
        <translation>Exportez une carte avec rescue ob read --export FILE pour voir la structure.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not an option-byte export</source>
        <translation>Pas un export d&apos;octets d&apos;option</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option-byte file is not valid JSON</source>
        <translation>Le fichier d&apos;octets d&apos;option n&apos;est pas un JSON valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid part in the option-byte file</source>
        <translation>Référence non valide dans le fichier d&apos;octets d&apos;option</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown register in the option-byte file</source>
        <translation>Registre inconnu dans le fichier d&apos;octets d&apos;option</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid registers in the option-byte file</source>
        <translation>Registres non valides dans le fichier d&apos;octets d&apos;option</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register value is not a 32-bit number</source>
        <translation>La valeur du registre n&apos;est pas un nombre de 32 bits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write protection for a missing bank</source>
        <translation>Protection en écriture pour une banque inexistante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the part is identified correctly (rescue connect).</source>
        <translation>Vérifiez que la référence est correctement identifiée (rescue connect).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such flash sector</source>
        <translation>Secteur flash inexistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a sector number the part has.</source>
        <translation>Utilisez un numéro de secteur existant sur cette référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field cannot be told from the registers</source>
        <translation>Champ impossible à déduire des registres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a DA discovery (rescue da discover) to tell the state.</source>
        <translation>Utilisez une découverte DA (rescue da discover) pour déterminer l&apos;état.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a write-protection field</source>
        <translation>Pas un champ de protection en écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name a write-protection field of this family.</source>
        <translation>Indiquez un champ de protection en écriture de cette famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field set only through the boot ROM</source>
        <translation>Champ modifiable uniquement via la Boot ROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the product-state transition, which goes through the boot ROM service.</source>
        <translation>Utilisez la transition d&apos;état du produit, qui passe par le service de la Boot ROM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a NAME=VALUE assignment</source>
        <translation>Pas une affectation NAME=VALUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write it like PRODUCT_STATE=0x17 or SWAP_BANK=0.</source>
        <translation>Écrivez-la sous la forme PRODUCT_STATE=0x17 ou SWAP_BANK=0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option-byte field</source>
        <translation>Champ d&apos;octets d&apos;option inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name; the hint lists close matches.</source>
        <translation>Vérifiez le nom ; l&apos;aide indique les correspondances proches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option register</source>
        <translation>Registre d&apos;options inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the register name against rescue ob read.</source>
        <translation>Comparez le nom du registre à la sortie de rescue ob read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value too wide for the field</source>
        <translation>Valeur trop large pour le champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a value that fits; for an address field, write the shifted value.</source>
        <translation>Indiquez une valeur qui tient dans le champ ; pour un champ d&apos;adresse, écrivez la valeur décalée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several probes, none named</source>
        <translation>Plusieurs sondes, aucune désignée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one probe by its serial, as the hint shows.</source>
        <translation>Désignez une sonde par son numéro de série, comme l&apos;indique l&apos;aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access port does not answer</source>
        <translation>Le port d&apos;accès ne répond pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use another access port, or open the chip with Debug Authentication.</source>
        <translation>Utilisez un autre port d&apos;accès, ou ouvrez la puce avec la Debug Authentication.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed reply from the probe</source>
        <translation>Réponse mal formée de la sonde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and reconnect the probe; if it repeats, update its firmware.</source>
        <translation>Débranchez puis rebranchez la sonde ; si le problème se répète, mettez à jour son firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid probe URI</source>
        <translation>URI de sonde non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the probe as rescue probes lists it.</source>
        <translation>Désignez la sonde telle que rescue probes la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe disconnected</source>
        <translation>Sonde déconnectée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+246"/>
        <source>Reconnect the probe and open it again.</source>
        <translation>Reconnectez la sonde et ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>SWD link error</source>
        <translation>Erreur de liaison SWD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower the SWD clock, check the wires, or connect under reset.</source>
        <translation>Réduisez l&apos;horloge SWD, vérifiez les fils, ou utilisez la connexion sous reset.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target answered FAULT</source>
        <translation>La cible a répondu FAULT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the address and access port; a closed chip may need Debug Authentication.</source>
        <translation>Vérifiez l&apos;adresse et le port d&apos;accès ; une puce fermée peut nécessiter la Debug Authentication.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe firmware too old</source>
        <translation>Firmware de la sonde trop ancien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the probe&apos;s firmware with STM32CubeProgrammer or ST-LinkUpgrade.</source>
        <translation>Mettez à jour le firmware de la sonde avec STM32CubeProgrammer ou ST-LinkUpgrade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe in use by another client</source>
        <translation>Sonde utilisée par un autre client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the other tool&apos;s debug session (STM32CubeIDE, OpenOCD) and try again.</source>
        <translation>Terminez la session de débogage de l&apos;autre outil (STM32CubeIDE, OpenOCD) et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polled value never matched</source>
        <translation>La valeur interrogée n&apos;a jamais correspondu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the target is powered and running, then try again.</source>
        <translation>Vérifiez que la cible est alimentée et en fonctionnement, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unaligned memory access</source>
        <translation>Accès mémoire non aligné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an address and a length that are multiples of the access width.</source>
        <translation>Utilisez une adresse et une longueur multiples de la largeur d&apos;accès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe type not available</source>
        <translation>Type de sonde non disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a probe URI of a supported kind; rescue probes lists them.</source>
        <translation>Utilisez un URI de sonde d&apos;un type pris en charge ; rescue probes les liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power the board, check VREF, SWDIO, SWCLK and GND, or connect under reset.</source>
        <translation>Alimentez la carte, vérifiez VREF, SWDIO, SWCLK et GND, ou utilisez la connexion sous reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe not found</source>
        <translation>Sonde introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the USB cable and the udev rule; rescue probes lists what is seen.</source>
        <translation>Vérifiez le câble USB et la règle udev ; rescue probes liste ce qui est détecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK version reply not decodable</source>
        <translation>Réponse de version ST-LINK indéchiffrable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug the probe and plug it back in; if it persists, update its firmware.</source>
        <translation>Débranchez puis rebranchez la sonde ; si le problème persiste, mettez à jour son firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe did not answer in time</source>
        <translation>La sonde n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and reconnect the probe; if the target is stuck, connect under reset.</source>
        <translation>Débranchez puis rebranchez la sonde ; si la cible est bloquée, utilisez la connexion sous reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation not supported by the probe</source>
        <translation>Opération non prise en charge par la sonde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a supported probe and firmware, or do what the hint suggests.</source>
        <translation>Utilisez une sonde et un firmware pris en charge, ou suivez les indications de l&apos;aide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe cannot be used for debugging</source>
        <translation>Sonde inutilisable pour le débogage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an ST-LINK/V2 or later, or finish the firmware update and replug it.</source>
        <translation>Utilisez un ST-LINK/V2 ou plus récent, ou terminez la mise à jour du firmware et rebranchez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target kept answering WAIT</source>
        <translation>La cible a continué de répondre WAIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again; if it persists, connect under reset.</source>
        <translation>Réessayez ; si le problème persiste, utilisez la connexion sous reset.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording file cannot be created</source>
        <translation>Impossible de créer le fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file in a folder you can write to.</source>
        <translation>Choisissez un fichier dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording could not be written</source>
        <translation>Impossible d&apos;écrire l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space or record to another file.</source>
        <translation>Libérez de l&apos;espace disque ou enregistrez dans un autre fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wizard run for the support bundle</source>
        <translation>Aucune exécution de l&apos;assistant pour le dossier d&apos;assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the wizard first.</source>
        <translation>Exécutez d&apos;abord l&apos;assistant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal missing from the support bundle</source>
        <translation>Journal absent du dossier d&apos;assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach the journal from the workbench&apos;s data folder yourself.</source>
        <translation>Joignez vous-même le journal du dossier de données de l&apos;application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle cannot be written</source>
        <translation>Impossible d&apos;écrire le dossier d&apos;assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder you can write to, with some free space.</source>
        <translation>Choisissez un dossier accessible en écriture, disposant d&apos;un peu d&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wizard cancelled</source>
        <translation>Assistant annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the wizard again when ready.</source>
        <translation>Relancez l&apos;assistant lorsque vous êtes prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset strategy not remembered</source>
        <translation>Stratégie de reset non mémorisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the data folder is writable; the wizard works without it.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture ; l&apos;assistant fonctionne sans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device catalog not loaded</source>
        <translation>Catalogue des composants non chargé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the installation&apos;s resources folder (RESCUE_RESOURCE_DIR).</source>
        <translation>Vérifiez le dossier des ressources de l&apos;installation (RESCUE_RESOURCE_DIR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip family not known</source>
        <translation>Famille de puce inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the diagnosis first.</source>
        <translation>Exécutez d&apos;abord le diagnostic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes not read</source>
        <translation>Octets d&apos;option non lus</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Run the option-byte step first.</source>
        <translation>Exécutez d&apos;abord l&apos;étape des octets d&apos;option.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Part not known</source>
        <translation>Référence inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request word lost during the reset</source>
        <translation>Mot de requête perdu pendant le reset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check SWDIO, SWCLK and that the button holds NRST low, then try again.</source>
        <translation>Vérifiez SWDIO, SWCLK et que le bouton maintient NRST au niveau bas, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wizard did not finish in time</source>
        <translation>L&apos;assistant ne s&apos;est pas terminé à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run it again; if it repeats, report it with the journal.</source>
        <translation>Relancez-le ; si le problème se répète, signalez-le en joignant le journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validator refused the WRP fix</source>
        <translation>Le validateur a refusé la correction de la WRP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the finding in the hint; a DA regression may be needed first.</source>
        <translation>Lisez le constat dans l&apos;aide ; une régression DA peut être nécessaire au préalable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording cannot be read</source>
        <translation>Impossible de lire l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay a copy without the bad line, or record the session again.</source>
        <translation>Rejouez une copie sans la ligne erronée, ou enregistrez de nouveau la session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay left the recording</source>
        <translation>Le rejeu s&apos;est écarté de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay with the same command, options and credentials as the recording.</source>
        <translation>Rejouez avec la même commande, les mêmes options et les mêmes identifiants que lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording ended early</source>
        <translation>L&apos;enregistrement s&apos;est terminé prématurément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay it with the command that was recorded.</source>
        <translation>Rejouez-le avec la commande qui a été enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded error without a code</source>
        <translation>Erreur enregistrée sans code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the recorded message; record the session again if needed.</source>
        <translation>Lisez le message enregistré ; enregistrez de nouveau la session si nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lab scenario</source>
        <translation>Scénario de labo non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the field the message names; docs/lab.md describes the format.</source>
        <translation>Corrigez le champ indiqué par le message ; docs/lab.md décrit le format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown lab scenario</source>
        <translation>Scénario de labo inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a shipped name (rescue lab list) or a path to a scenario .json file.</source>
        <translation>Utilisez un nom fourni (rescue lab list) ou le chemin d&apos;un fichier de scénario .json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario file cannot be read</source>
        <translation>Impossible de lire le fichier de scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path; rescue lab list shows the shipped scenarios.</source>
        <translation>Vérifiez le chemin ; rescue lab list affiche les scénarios fournis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab ROM does not know the command</source>
        <translation>La ROM du labo ne connaît pas la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Check the host&apos;s ADAC exchange; from the workbench it is a bug to report.</source>
        <translation>Vérifiez l&apos;échange ADAC de l&apos;hôte ; depuis l&apos;application, il s&apos;agit d&apos;un bug à signaler.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Scenario .obk has no DA method</source>
        <translation>Le .obk du scénario n&apos;a pas de méthode DA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the scenario a DA_Config.obk or DA_ConfigWithPassword.obk.</source>
        <translation>Associez au scénario un DA_Config.obk ou un DA_ConfigWithPassword.obk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip lacks that DA method</source>
        <translation>La puce de labo ne dispose pas de cette méthode DA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the credentials of the method the chip is provisioned for.</source>
        <translation>Utilisez les identifiants de la méthode pour laquelle la puce est provisionnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials sent before AUTH_START</source>
        <translation>Identifiants envoyés avant AUTH_START</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send AUTH_START first, then the credentials.</source>
        <translation>Envoyez d&apos;abord AUTH_START, puis les identifiants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH_RESPONSE too short</source>
        <translation>AUTH_RESPONSE trop court</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AUTH_RESPONSE of unknown type</source>
        <translation>AUTH_RESPONSE de type inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token sent out of order</source>
        <translation>Jeton envoyé dans le mauvais ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the whole chain, then the token.</source>
        <translation>Envoyez toute la chaîne, puis le jeton.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the password</source>
        <translation>La puce de labo a refusé le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the password file the scenario provisions.</source>
        <translation>Utilisez le fichier de mot de passe provisionné par le scénario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab memory region does not fit</source>
        <translation>La région mémoire du labo ne tient pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the region a size that fits the address space.</source>
        <translation>Donnez à la région une taille qui tient dans l&apos;espace d&apos;adressage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab memory regions overlap</source>
        <translation>Les régions mémoire du labo se chevauchent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every region of a board its own address range.</source>
        <translation>Attribuez à chaque région d&apos;une carte sa propre plage d&apos;adresses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid listen address</source>
        <translation>Adresse d&apos;écoute non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 127.0.0.1.</source>
        <translation>Utilisez 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial too long for the server</source>
        <translation>Numéro de série trop long pour le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the virtual probe a serial of at most 32 characters.</source>
        <translation>Donnez à la sonde virtuelle un numéro de série de 32 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate virtual probe serial</source>
        <translation>Numéro de série de sonde virtuelle en double</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every virtual probe its own serial.</source>
        <translation>Donnez à chaque sonde virtuelle son propre numéro de série.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No virtual probe for the server</source>
        <translation>Aucune sonde virtuelle pour le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Report it with the command that was run.</source>
        <translation>Signalez-le en indiquant la commande exécutée.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Server refuses a non-local address</source>
        <translation>Le serveur refuse une adresse non locale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen on 127.0.0.1, or allow other addresses explicitly if you mean it.</source>
        <translation>Écoutez sur 127.0.0.1, ou autorisez explicitement d&apos;autres adresses si c&apos;est voulu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested reply too large</source>
        <translation>Réponse demandée trop volumineuse</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Have the client split its transfers to the server&apos;s limit.</source>
        <translation>Faites en sorte que le client découpe ses transferts selon la limite du serveur.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server already running</source>
        <translation>Serveur déjà en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running server before starting it again.</source>
        <translation>Arrêtez le serveur en cours d&apos;exécution avant de le redémarrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server socket error</source>
        <translation>Erreur de socket du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another port, or stop the program that already uses it.</source>
        <translation>Choisissez un autre port, ou arrêtez le programme qui l&apos;utilise déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab server stopped unexpectedly</source>
        <translation>Le serveur de labo s&apos;est arrêté de façon inattendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the command again; the board&apos;s state was saved.</source>
        <translation>Relancez la commande ; l&apos;état de la carte a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown ST-LINK server command</source>
        <translation>Commande du serveur ST-LINK inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a client that speaks the ST-LINK server protocol, such as OpenOCD.</source>
        <translation>Utilisez un client qui prend en charge le protocole du serveur ST-LINK, tel qu&apos;OpenOCD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firmware does not fit the virtual model</source>
        <translation>Le firmware ne correspond pas au modèle virtuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a version of the model&apos;s generation, such as V2J46S7 or V3J17M10B6S1.</source>
        <translation>Indiquez une version de la génération du modèle, par exemple V2J46S7 ou V3J17M10B6S1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual probe serial too long</source>
        <translation>Numéro de série de la sonde virtuelle trop long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a serial of at most 32 characters.</source>
        <translation>Utilisez un numéro de série de 32 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown virtual ST-LINK model</source>
        <translation>Modèle de ST-LINK virtuel inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the model names the hint lists.</source>
        <translation>Utilisez l&apos;un des noms de modèle indiqués dans l&apos;aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core access port closed</source>
        <translation>Port d&apos;accès du cœur fermé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it with Debug Authentication; if it should be Open, connect under reset.</source>
        <translation>Ouvrez-le avec la Debug Authentication ; si la puce doit être Open, utilisez la connexion sous reset.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check SWDIO, SWCLK and GND, lower the SWD clock, or try --mode under-reset.</source>
        <translation>Vérifiez SWDIO, SWCLK et GND, réduisez l&apos;horloge SWD, ou essayez --mode under-reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target not powered</source>
        <translation>Cible non alimentée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power the board and connect the probe&apos;s T_VCC (VREF) pin to the board&apos;s supply.</source>
        <translation>Alimentez la carte et reliez la broche T_VCC (VREF) de la sonde à l&apos;alimentation de la carte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid ST-LINK server address</source>
        <translation>Adresse du serveur ST-LINK non valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the server as HOST:PORT, for example 127.0.0.1:7184.</source>
        <translation>Indiquez le serveur sous la forme HOST:PORT, par exemple 127.0.0.1:7184.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong USB endpoint</source>
        <translation>Endpoint USB incorrect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s USB PID and report it.</source>
        <translation>Vérifiez le PID USB de la sonde et signalez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe connection lost</source>
        <translation>Connexion à la sonde perdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe sent more data than expected</source>
        <translation>La sonde a envoyé plus de données que prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the probe firmware, or report the firmware version.</source>
        <translation>Mettez à jour le firmware de la sonde, ou signalez la version du firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe busy with another server client</source>
        <translation>Sonde occupée par un autre client du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the other tool to finish, or stop its debug session.</source>
        <translation>Attendez que l&apos;autre outil ait terminé, ou arrêtez sa session de débogage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK server could not open the probe</source>
        <translation>Le serveur ST-LINK n&apos;a pas pu ouvrir la sonde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close that program, or unplug and replug the probe.</source>
        <translation>Fermez ce programme, ou débranchez puis rebranchez la sonde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request too large for the ST-LINK server</source>
        <translation>Requête trop volumineuse pour le serveur ST-LINK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ST-LINK server reported an error</source>
        <translation>Le serveur ST-LINK a signalé une erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the probes and open again; update or restart the ST-LINK server.</source>
        <translation>Listez les sondes et ouvrez de nouveau ; mettez à jour ou redémarrez le serveur ST-LINK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to the ST-LINK server</source>
        <translation>Impossible de se connecter au serveur ST-LINK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start stlink-server (or rescue lab serve) there, and check the host and port.</source>
        <translation>Démarrez stlink-server (ou rescue lab serve) sur cette machine, et vérifiez l&apos;hôte et le port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer timed out</source>
        <translation>Délai du transfert dépassé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s cable; if the probe is stuck, unplug it and plug it back in.</source>
        <translation>Vérifiez le câble de la sonde ; si la sonde est bloquée, débranchez-la puis rebranchez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission for the USB device</source>
        <translation>Aucune permission sur le périphérique USB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the workbench&apos;s udev rule or the WinUSB driver, then replug the probe.</source>
        <translation>Installez la règle udev de l&apos;application ou le pilote WinUSB, puis rebranchez la sonde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is using the probe</source>
        <translation>Un autre programme utilise la sonde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it, or share the probe through stlink-tcp://127.0.0.1:7184.</source>
        <translation>Fermez-le, ou partagez la sonde via stlink-tcp://127.0.0.1:7184.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB transfer failed</source>
        <translation>Échec du transfert USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug and replug the probe; try another cable or USB port.</source>
        <translation>Débranchez puis rebranchez la sonde ; essayez un autre câble ou un autre port USB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB cannot start</source>
        <translation>Impossible de démarrer l&apos;USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the system access to /dev/bus/usb, or use lab or ST-LINK server probes.</source>
        <translation>Donnez au système l&apos;accès à /dev/bus/usb, ou utilisez des sondes de labo ou de serveur ST-LINK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB device or interface gone</source>
        <translation>Périphérique ou interface USB disparu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and replug the probe; if it persists, update its firmware.</source>
        <translation>Débranchez puis rebranchez la sonde ; si le problème persiste, mettez à jour son firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB endpoint stalled</source>
        <translation>Endpoint USB bloqué (stall)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the operation, and replug the probe if it happens again.</source>
        <translation>Relancez l&apos;opération, et rebranchez la sonde si le problème se reproduit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed without a reason</source>
        <translation>Échec de la connexion sans motif indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the last lines of the PROBE channel in the log.</source>
        <translation>Consultez les dernières lignes du canal PROBE dans le journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session failed without a reason</source>
        <translation>Échec de la session DA sans motif indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the DA lines of the log.</source>
        <translation>Consultez les lignes DA du journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files not chosen</source>
        <translation>Fichiers de certificat non choisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the leaf key (key_3_leaf.pem) and the chain (cert_leaf_chain.b64).</source>
        <translation>Choisissez la clé feuille (key_3_leaf.pem) et la chaîne (cert_leaf_chain.b64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password file not chosen</source>
        <translation>Fichier de mot de passe non choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose ST&apos;s password.bin or a file holding the raw password.</source>
        <translation>Choisissez le password.bin de ST ou un fichier contenant le mot de passe brut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option-byte job failed without a reason</source>
        <translation>Échec de la tâche d&apos;octets d&apos;option sans motif indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the OB lines of the log.</source>
        <translation>Consultez les lignes OB du journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated operator needs a lab board</source>
        <translation>L&apos;opérateur simulé nécessite une carte de labo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick the simulated operator and press the board&apos;s RESET yourself.</source>
        <translation>Décochez l&apos;opérateur simulé et appuyez vous-même sur le bouton RESET de la carte.</translation>
    </message>
</context>
<context>
    <name>IdentityReport</name>
    <message>
        <location filename="../core/device/target_identity_report.cpp" line="+34"/>
        <source>Connect mode</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target voltage</source>
        <translation>Tension de la cible</translation>
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
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access port</source>
        <translation>Port d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option byte</source>
        <translation>Octet d&apos;option</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../ui/log_export.cpp" line="+26"/>
        <source>The log could not be written: %1.</source>
        <translation>Le journal n&apos;a pas pu être écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export file is not open for writing.</source>
        <translation>Le fichier d&apos;export n&apos;est pas ouvert en écriture.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../ui/optionbytes/ob_jobs.cpp" line="+40"/>
        <source>Reading the option bytes</source>
        <translation>Lecture des octets d&apos;option</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Checking the change</source>
        <translation>Vérification de la modification</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programming the option bytes</source>
        <translation>Programmation des octets d&apos;option</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Erasing</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../ui/probe_jobs.cpp" line="+177"/>
        <source>Identifying the target</source>
        <translation>Identification de la cible</translation>
    </message>
    <message>
        <location filename="../core/auth/da_session.cpp" line="+71"/>
        <source>Connecting to the debug port</source>
        <translation>Connexion au port de débogage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asserting target reset</source>
        <translation>Activation du reset de la cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding the DBGMCU mailbox through AP0</source>
        <translation>Recherche de la boîte aux lettres DBGMCU via AP0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the request word</source>
        <translation>Écriture du mot de requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De-asserting target reset</source>
        <translation>Relâchement du reset de la cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the chip&apos;s answer</source>
        <translation>Attente de la réponse de la puce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the credentials</source>
        <translation>Vérification des identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requesting a challenge</source>
        <translation>Demande d&apos;un challenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending a certificate</source>
        <translation>Envoi d&apos;un certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the signed token</source>
        <translation>Envoi du jeton signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the password</source>
        <translation>Envoi du mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the chip through the granted action</source>
        <translation>Suivi de la puce pendant l&apos;action accordée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the chip&apos;s state</source>
        <translation>Lecture de l&apos;état de la puce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown step</source>
        <translation>Étape inconnue</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../core/recovery/diagnosis.cpp" line="+143"/>
        <source>Probe and firmware</source>
        <translation>Sonde et firmware</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Target voltage</source>
        <translation>Tension de la cible</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Access ports</source>
        <translation>Ports d&apos;accès</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NRST wiring</source>
        <translation>Câblage NRST</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <location line="+4"/>
        <location filename="../core/recovery/plan_steps.cpp" line="+247"/>
        <source>Option bytes</source>
        <translation>Octets d&apos;option</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location filename="../core/recovery/recovery_plan.cpp" line="+35"/>
        <source>Nothing to recover</source>
        <translation>Rien à récupérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board is healthy</source>
        <translation>La carte est saine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the write protection, then erase</source>
        <translation>Retirer la protection en écriture, puis effacer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Debug Authentication regression back to Open, then make the flash erasable</source>
        <translation>Régression par Debug Authentication vers Open, puis rendre la flash effaçable</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find out whether DA is provisioned, then regress or provision it</source>
        <translation>Vérifier si la DA est provisionnée, puis régresser ou la provisionner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provision Debug Authentication before anything else</source>
        <translation>Provisionner d&apos;abord la Debug Authentication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No way back with the wizard</source>
        <translation>Aucun retour possible avec l&apos;assistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict and what remains possible</source>
        <translation>Verdict et ce qui reste possible</translation>
    </message>
    <message>
        <location filename="../core/recovery/plan_steps.cpp" line="-162"/>
        <source>Debug Authentication</source>
        <translation>Debug Authentication</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Write protection</source>
        <translation>Protection en écriture</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mass erase</source>
        <translation>Effacement complet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Provision Debug Authentication</source>
        <translation>Provisionner la Debug Authentication</translation>
    </message>
    <message>
        <location filename="../core/recovery/prompts.cpp" line="+11"/>
        <source>Press and hold RESET</source>
        <translation>Appuyez sur RESET et maintenez-le</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Release RESET</source>
        <translation>Relâchez RESET</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run the plan?</source>
        <translation>Exécuter le plan ?</translation>
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
        <translation>Rescue Workbench&#xa0;: récupère les cartes STM32H5 et STM32H7RS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to this probe once it is listed (usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME or replay:FILE).</source>
        <translation>Se connecter à cette sonde dès qu&apos;elle apparaît dans la liste (usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME ou replay:FILE).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start, find the device catalog and the lab&apos;s boards, say what was found and quit (exit status 0 when the installation is complete).</source>
        <translation>Démarrer, trouver le catalogue des composants et les cartes du labo, indiquer ce qui a été trouvé et quitter (code de sortie 0 si l&apos;installation est complète).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this language for this run: en, de, fr, ja or zh_CN (View &gt; Language saves a choice).</source>
        <translation>Utiliser cette langue pour cette exécution&#xa0;: en, de, fr, ja ou zh_CN (Affichage &gt; Langue enregistre un choix).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rescue-workbench: no translation for %1; the languages are %2.</source>
        <translation>rescue-workbench&#xa0;: aucune traduction pour %1&#xa0;; les langues disponibles sont %2.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::DaPanel</name>
    <message>
        <location filename="../ui/da_panel.cpp" line="+43"/>
        <source>Private keys (*.pem *.der *.key);;All files (*)</source>
        <translation>Clés privées (*.pem *.der *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chains (*.b64 *.pem *.cert);;All files (*)</source>
        <translation>Chaînes de certificats (*.b64 *.pem *.cert);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password files (*.bin *.txt);;All files (*)</source>
        <translation>Fichiers de mot de passe (*.bin *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to try</source>
        <translation>À essayer</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+665"/>
        <source>&amp;Discover</source>
        <translation>&amp;Découvrir</translation>
    </message>
    <message>
        <location line="-662"/>
        <source>Reset the chip into its Debug Authentication loop and read what it reports and offers. Nothing is changed on the chip.</source>
        <translation>Réinitialiser la puce pour la placer dans sa boucle de Debug Authentication, puis lire ce qu&apos;elle signale et propose. Rien n&apos;est modifié sur la puce.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discover first</source>
        <translation>Découvrir d&apos;abord</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+634"/>
        <source>&amp;Authenticate</source>
        <translation>&amp;Authentifier</translation>
    </message>
    <message>
        <location line="-630"/>
        <source>&amp;Permission</source>
        <translation>&amp;Permission</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chip</source>
        <translation>Puce</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The leaf private key and the certificate chain (root first) from your DA package.</source>
        <translation>La clé privée feuille et la chaîne de certificats (racine en premier) de votre paquet DA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ST&apos;s password.bin, or a file holding the raw password (STM32H503 and password-provisioned chips).</source>
        <translation>Le fichier password.bin de ST, ou un fichier contenant le mot de passe brut (STM32H503 et puces provisionnées par mot de passe).</translation>
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
        <translation>Choisir le fichier (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key</source>
        <translation>C&amp;lé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaf private key</source>
        <translation>Clé privée feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hain</source>
        <translation>C&amp;haîne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate chain, root first</source>
        <translation>Chaîne de certificats, racine en premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssword file</source>
        <translation>&amp;Fichier de mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password file</source>
        <translation>Fichier de mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the files offline: certificates decoded, signatures, the key against the leaf, the permission against every mask. No board is touched.</source>
        <translation>Vérifier les fichiers hors ligne&#xa0;: décodage des certificats, signatures, clé comparée à la feuille, permission comparée à chaque masque. Aucune carte n&apos;est sollicitée.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is encrypted. Its passphrase (not stored, not logged):</source>
        <translation>%1 est chiffré. Sa phrase secrète (ni enregistrée, ni journalisée)&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a probe in the Devices panel: its board is the target.</source>
        <translation>Sélectionnez une sonde dans le panneau Périphériques&#xa0;: sa carte est la cible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No problem found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (%2)</source>
        <translation>Certificat %1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DA discovery on %1</source>
        <translation>Découverte DA sur %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erase and regress</source>
        <translation>Effacer et lancer la régression</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The credentials could not be loaded; the board was not touched.</source>
        <translation>Les identifiants n&apos;ont pas pu être chargés&#xa0;; la carte n&apos;a pas été touchée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Board: %2 behind %3.
This cannot be undone.</source>
        <translation>%1

Carte&#xa0;: %2 via %3.
Cette opération ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chip</source>
        <translation>la puce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the user flash?</source>
        <translation>Effacer la flash utilisateur&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: nothing was sent to the chip.</source>
        <translation>Non confirmé&#xa0;: rien n&apos;a été envoyé à la puce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not requested; the board is as it was.</source>
        <translation>La permission %1 n&apos;a pas été demandée&#xa0;; la carte est restée telle quelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DA authentication on %1</source>
        <translation>Authentification DA sur %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (%1 ms)</source>
        <translation>  (%1 ms)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session was cancelled.</source>
        <translation>La session a été annulée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 round trips, %2 ms%3.</source>
        <translation>%1 allers-retours, %2 ms%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of lab time</source>
        <translation> de temps de labo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered in its Debug Authentication loop.</source>
        <translation>%1 a répondu dans sa boucle de Debug Authentication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip</source>
        <translation>La puce</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It offers %n permission(s); choose one and Authenticate.</source>
        <translation>
            <numerusform>La puce propose %n permission&#xa0;; choisissez-en une et cliquez sur Authentifier.</numerusform>
            <numerusform>La puce propose %n permissions&#xa0;; choisissez-en une et cliquez sur Authentifier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lists no permissions (password chips do not): choose one of the family&apos;s and Authenticate.</source>
        <translation>La puce ne liste aucune permission (les puces à mot de passe ne le font pas)&#xa0;: choisissez-en une parmi celles de la famille et cliquez sur Authentifier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open reached: %1 on %2 is back in Open.</source>
        <translation>Open atteint&#xa0;: %1 sur %2 est revenu à l&apos;état Open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication successful on %1.</source>
        <translation>Authentification réussie sur %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: %1 → %2.</source>
        <translation>État&#xa0;: %1 → %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session failed.</source>
        <translation>La session a échoué.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed at: %1.</source>
        <translation>Échec à l&apos;étape&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>raw</source>
        <translation>brut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (bit %2)</source>
        <translation>%1 (bit %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The permissions the chip lists as &apos;permission if authorized&apos;.</source>
        <translation>Les permissions que la puce indique comme «&#xa0;permission if authorized&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip lists no permissions (password chips do not); these are the family&apos;s. The chip grants only what it was provisioned for.</source>
        <translation>La puce ne liste aucune permission (les puces à mot de passe ne le font pas)&#xa0;; voici celles de la famille. La puce n&apos;accorde que ce pour quoi elle a été provisionnée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Discovering…</source>
        <translation>Découverte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticating…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a probe in the Devices panel first.</source>
        <translation>Sélectionnez d&apos;abord une sonde dans le panneau Périphériques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover first: the permissions come from what the chip offers.</source>
        <translation>Lancez d&apos;abord Découvrir&#xa0;: les permissions proviennent de ce que la puce propose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovery and authentication in one reset, then follow the chip through what it was granted.</source>
        <translation>Découverte et authentification en un seul reset, puis suivi de la puce pendant l&apos;action accordée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This erases.</source>
        <translation>Cette opération efface des données.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::DevicePanel</name>
    <message>
        <location filename="../ui/device_panel.cpp" line="+68"/>
        <location line="+344"/>
        <location line="+7"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Probes and lab boards</source>
        <translation>Sondes et cartes du labo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Rescan</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for probes again (USB, the ST-LINK servers below and the lab).</source>
        <translation>Rechercher à nouveau les sondes (USB, les serveurs ST-LINK ci-dessous et le labo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ST-LINK server address (HOST:PORT)</source>
        <translation>Adresse du serveur ST-LINK (HOST:PORT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ST-LINK server HOST:PORT</source>
        <translation>Serveur ST-LINK HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share a probe with STM32CubeIDE: the address of an ST-LINK server (stlink-server, default port 7184) to ask for probes on every scan.</source>
        <translation>Partager une sonde avec STM32CubeIDE&#xa0;: l&apos;adresse d&apos;un serveur ST-LINK (stlink-server, port 7184 par défaut) à interroger à chaque recherche de sondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under reset</source>
        <translation>Sous reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot plug</source>
        <translation>À chaud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach, halt the core while it is read, then let it run again.</source>
        <translation>Se connecter, arrêter le cœur pendant sa lecture, puis le relancer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold NRST while attaching and catch the core at its reset vector.</source>
        <translation>Maintenir NRST pendant la connexion et intercepter le cœur à son vecteur de reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach without reset or halt; the NRST wiring is not checked.</source>
        <translation>Se connecter sans reset ni arrêt&#xa0;; le câblage de NRST n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The core&apos;s access port: AP1 on STM32H5 and STM32H7RS; AP0 reaches only DBGMCU.</source>
        <translation>Le port d&apos;accès du cœur&#xa0;: AP1 sur STM32H5 et STM32H7RS&#xa0;; AP0 n&apos;atteint que le DBGMCU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+468"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>&amp;Recover this board…</source>
        <translation>&amp;Récupérer cette carte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the stuck-board wizard on the selected probe: checks, verdict, plan, steps.</source>
        <translation>Ouvrir l&apos;assistant de récupération de carte bloquée sur la sonde sélectionnée&#xa0;: contrôles, verdict, plan, étapes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core &amp;AP</source>
        <translation>A&amp;P du cœur</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Scan for probes</source>
        <translation>Rechercher les sondes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>an unidentified device</source>
        <translation>un périphérique non identifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers, but its core is out of reach</source>
        <translation>%1 répond, mais son cœur est inaccessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1: %2 round trips, %3 ms.</source>
        <translation>Connecté à %1&#xa0;: %2 allers-retours, %3 ms.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 was cancelled.</source>
        <translation>La connexion à %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a probe to connect to its target.</source>
        <translation>Sélectionnez une sonde pour vous connecter à sa cible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serial %1</source>
        <translation>n° de série %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firmware %1</source>
        <translation>firmware %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1 V</source>
        <translation>cible %1 V</translation>
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
        <translation>Pas encore connecté&#xa0;: choisissez le mode et le port d&apos;accès du cœur, puis cliquez sur Connecter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last connection was cancelled before the target was read.</source>
        <translation>La dernière connexion a été annulée avant la lecture de la cible.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>NRST: %1</source>
        <translation>NRST&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;%1&apos; is not a server address. Write it as HOST:PORT, for example 127.0.0.1:7184.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Écrivez-la sous la forme HOST:PORT, par exemple 127.0.0.1:7184.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+58"/>
        <source>ST-LINK servers asked on every scan: %1</source>
        <translation>Serveurs ST-LINK interrogés à chaque recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Looking for probes…</source>
        <translation>Recherche de sondes…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No probe is attached.</source>
        <translation>Aucune sonde n&apos;est branchée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 probe found.</source>
        <translation>1 sonde trouvée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 probes found.</source>
        <translation>%1 sondes trouvées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 virtual lab board listed.</source>
        <translation>1 carte du labo virtuel listée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 virtual lab boards listed.</source>
        <translation>%1 cartes du labo virtuel listées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No virtual lab boards found.</source>
        <translation>Aucune carte du labo virtuel trouvée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a probe first.</source>
        <translation>Sélectionnez d&apos;abord une sonde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This probe cannot be opened; see the note under its name.</source>
        <translation>Cette sonde ne peut pas être ouverte&#xa0;; voir la note sous son nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identify the target behind the selected probe and check its NRST wiring.</source>
        <translation>Identifier la cible connectée à la sonde sélectionnée et vérifier son câblage NRST.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::EngineStatusWidget</name>
    <message>
        <location filename="../ui/engine_status_widget.cpp" line="+30"/>
        <source>Job progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cancel the running job; the board is left as the last finished step left it</source>
        <translation>Annuler la tâche en cours&#xa0;; la carte reste dans l&apos;état où l&apos;a laissée la dernière étape terminée</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine: %1</source>
        <translation>Moteur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine: %1 — %2</source>
        <translation>Moteur&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This step finishes on the chip whatever the computer does; Cancel is possible again after it</source>
        <translation>Cette étape se termine sur la puce quoi que fasse l&apos;ordinateur ; Annuler redevient possible ensuite</translation>
    </message>
</context>
<context>
    <name>rescue::ui::FieldGroups</name>
    <message>
        <location filename="../ui/optionbytes/field_groups.cpp" line="+70"/>
        <source>Set through the boot ROM service</source>
        <translation>Défini via le service de la ROM de démarrage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(boot ROM service %1)</source>
        <translation>(service de la ROM de démarrage %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hex, at most 0x%1</source>
        <translation>Hexadécimal, au plus 0x%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 does not fit %2: at most 0x%3. Nothing was taken.</source>
        <translation>%1 ne tient pas dans %2&#xa0;: au plus 0x%3. Rien n&apos;a été pris en compte.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (not a listed value)</source>
        <translation>%1 (valeur non répertoriée)</translation>
    </message>
</context>
<context>
    <name>rescue::ui::FindingsView</name>
    <message>
        <location filename="../ui/optionbytes/findings_view.cpp" line="+31"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irreversible</source>
        <translation>Irréversible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky</source>
        <translation>Risqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>DA configuration: %1</source>
        <translation>Configuration DA&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead: %1</source>
        <translation>À la place&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply will ask you to type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Le bouton Appliquer vous demandera de saisir&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The validator has nothing against this change.</source>
        <translation>Le validateur n&apos;a rien à objecter à cette modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending change: edit a field, a WRP cell or the product state.</source>
        <translation>Aucune modification en attente&#xa0;: modifiez un champ, une cellule WRP ou l&apos;état du produit.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LifecycleDiagram</name>
    <message>
        <location filename="../ui/optionbytes/lifecycle_diagram.cpp" line="+48"/>
        <source>Blue: the state in force. Green: a move the validator allows. Grey: refused or hardware-only (hover for why). Orange outline: the state asked for.</source>
        <translation>Bleu&#xa0;: l&apos;état en vigueur. Vert&#xa0;: une transition autorisée par le validateur. Gris&#xa0;: transition refusée ou uniquement matérielle (survolez pour en voir la raison). Contour orange&#xa0;: l&apos;état demandé.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the state in force</source>
        <translation>l&apos;état en vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chip passes through it by itself; it cannot be asked for</source>
        <translation>la puce y passe d&apos;elle-même&#xa0;; il ne peut pas être demandé</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LogModel</name>
    <message>
        <location filename="../ui/log_model.cpp" line="+25"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(job %1, session %2, event %3)</source>
        <translation>(tâche %1, session %2, événement %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(event %1)</source>
        <translation>(événement %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LogView</name>
    <message>
        <location filename="../ui/log_view.cpp" line="+49"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Copy lines</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a line to see when it was logged, by which job, and its fields.</source>
        <translation>Sélectionnez une ligne pour voir quand elle a été journalisée, par quelle tâche, et ses champs.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info et au-dessus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show lines of this level and above</source>
        <translation>Afficher les lignes de ce niveau et au-dessus</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+93"/>
        <location line="+138"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Channels appear here as lines arrive</source>
        <translation>Les canaux apparaissent ici à mesure que les lignes arrivent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest line in view</source>
        <translation>Garder la ligne la plus récente visible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As &amp;text…</source>
        <translation>En &amp;texte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;JSON lines…</source>
        <translation>En lignes &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the lines the filter shows</source>
        <translation>Enregistrer les lignes affichées par le filtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every line from this view (the journal on disk keeps them)</source>
        <translation>Retirer toutes les lignes de cette vue (le journal sur disque les conserve)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose which channels are shown</source>
        <translation>Choisir les canaux affichés</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <location line="+138"/>
        <source>Channels (%n hidden)</source>
        <translation>
            <numerusform>Canaux (%n masqué)</numerusform>
            <numerusform>Canaux (%n masqués)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>No lines yet</source>
        <translation>Aucune ligne pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 lines</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export log as text</source>
        <translation>Exporter le journal en texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export log as JSON lines</source>
        <translation>Exporter le journal en lignes JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>Lignes JSON (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
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
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recording stopped: %1</source>
        <translation>Enregistrement arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Recording to %1</source>
        <translation>● Enregistrement dans %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option bytes</source>
        <translation>Octets d&apos;option</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Debug Authentication</source>
        <translation>Debug Authentication</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover a stuck &amp;board…</source>
        <translation>Récupérer une &amp;carte bloquée…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Debug Authentication…</source>
        <translation>&amp;Debug Authentication…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover, authenticate and regress the board behind the selected probe.</source>
        <translation>Découverte, authentification et régression de la carte connectée à la sonde sélectionnée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record session…</source>
        <translation>&amp;Enregistrer la session…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record every probe call to a file (passwords redacted), to replay it later</source>
        <translation>Enregistrer chaque appel à la sonde dans un fichier (mots de passe masqués), pour le rejouer plus tard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record session to</source>
        <translation>Enregistrer la session dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Probe recordings (*.jsonl);;All files (*)</source>
        <translation>Enregistrements de sonde (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open recording…</source>
        <translation>&amp;Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Open recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export log as &amp;text…</source>
        <translation>Exporter le journal en &amp;texte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export log as &amp;JSON lines…</source>
        <translation>Exporter le journal en lignes &amp;JSON…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rescue Workbench</source>
        <translation>À &amp;propos de Rescue Workbench</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language changes when Rescue Workbench starts again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Rescue Workbench.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Rescue Workbench</source>
        <translation>À propos de Rescue Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rescue Workbench %1&lt;/h3&gt;&lt;p&gt;Recovers STM32H5 and STM32H7RS boards stuck after Debug Authentication provisioning or a product-state change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rescue Workbench %1&lt;/h3&gt;&lt;p&gt;Récupère les cartes STM32H5 et STM32H7RS bloquées après un provisionnement Debug Authentication ou un changement d&apos;état du produit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnose the board behind the selected probe and walk through its recovery.</source>
        <translation>Diagnostiquer la carte connectée à la sonde sélectionnée et guider sa récupération pas à pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery wizard needs a probe: select one in the device panel (a USB ST-LINK, a server or a lab board).</source>
        <translation>L&apos;assistant de récupération a besoin d&apos;une sonde&#xa0;: sélectionnez-en une dans le panneau des périphériques (un ST-LINK USB, un serveur ou une carte du labo).</translation>
    </message>
</context>
<context>
    <name>rescue::ui::ManualResetPanel</name>
    <message>
        <location filename="../ui/wizard/manual_reset_panel.cpp" line="+48"/>
        <source>I&apos;m holding it</source>
        <translation>Je le maintiens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release now</source>
        <translation>Relâcher maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>RESET button (lab board)
hold it down with the mouse</source>
        <translation>Bouton RESET (carte du labo)
maintenez-le enfoncé avec la souris</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>PRESS AND HOLD the lab board&apos;s RESET</source>
        <translation>MAINTENEZ ENFONCÉ le bouton RESET de la carte du labo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRESS AND HOLD RESET</source>
        <translation>MAINTENEZ RESET ENFONCÉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LET GO of the RESET button</source>
        <translation>RELÂCHEZ le bouton RESET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RELEASE RESET NOW</source>
        <translation>RELÂCHEZ RESET MAINTENANT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try %1. %2</source>
        <translation>Essai %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Hold the RESET button below down with the mouse and keep holding it.</source>
        <translation>
Maintenez le bouton RESET ci-dessous enfoncé avec la souris, sans le relâcher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Let go of the mouse button: that releases RESET.</source>
        <translation>
Relâchez le bouton de la souris&#xa0;: cela relâche RESET.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RESET held (lab board)
let go of the mouse button to release</source>
        <translation>RESET maintenu (carte du labo)
relâchez le bouton de la souris pour le libérer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No hurry: take your time to hold the button.</source>
        <translation>Rien ne presse&#xa0;: prenez le temps de maintenir le bouton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After you let go, the workbench listens for the chip for %1 s.</source>
        <translation>Une fois le bouton relâché, l&apos;application attend la réponse de la puce pendant %1 s.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listening for the chip…</source>
        <translation>Attente de la réponse de la puce…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KEEP HOLDING the RESET button</source>
        <translation>CONTINUEZ À MAINTENIR le bouton RESET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEEP HOLDING RESET</source>
        <translation>CONTINUEZ À MAINTENIR RESET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbench writes the request into the chip while you hold it…</source>
        <translation>L&apos;application écrit la requête dans la puce pendant que vous le maintenez…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
</context>
<context>
    <name>rescue::ui::OptionBytePanel</name>
    <message>
        <location filename="../ui/option_byte_panel.cpp" line="+66"/>
        <source>%1 round trips, %2 ms%3.</source>
        <translation>%1 allers-retours, %2 ms%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of lab time</source>
        <translation> de temps de labo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the option bytes of the target behind the probe selected in Devices.</source>
        <translation>Lire les octets d&apos;option de la cible connectée à la sonde sélectionnée dans Périphériques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the change on the chip, confirm what cannot be undone, then program and verify.</source>
        <translation>Vérifier la modification sur la puce, confirmer ce qui ne peut pas être annulé, puis programmer et vérifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop every pending change.</source>
        <translation>Abandonner toutes les modifications en attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option bytes as read to a JSON file (the CLI&apos;s format).</source>
        <translation>Enregistrer les octets d&apos;option tels que lus dans un fichier JSON (au format de la CLI).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the option bytes of a JSON file the pending change.</source>
        <translation>Charger les octets d&apos;option d&apos;un fichier JSON comme modification en attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase (mass)…</source>
        <translation>Effacement complet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase the whole user flash.</source>
        <translation>Effacer toute la flash utilisateur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clear every write-protection bit and program it, as the erase error offers.</source>
        <translation>Désactiver tous les bits de protection en écriture et programmer ce changement, comme le propose l&apos;erreur d&apos;effacement.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Product state</source>
        <translation>État du produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write protection</source>
        <translation>Protection en écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export option bytes</source>
        <translation>Exporter les octets d&apos;option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes (*.json)</source>
        <translation>Octets d&apos;option (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import option bytes</source>
        <translation>Importer des octets d&apos;option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes (*.json);;All files (*)</source>
        <translation>Octets d&apos;option (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a probe in the Devices panel first.</source>
        <translation>Sélectionnez d&apos;abord une sonde dans le panneau Périphériques.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read option bytes</source>
        <translation>Lire les octets d&apos;option</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check option-byte change</source>
        <translation>Vérifier la modification des octets d&apos;option</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused: nothing was written. The findings say what to do instead.</source>
        <translation>Refusé&#xa0;: rien n&apos;a été écrit. Les constats indiquent quoi faire à la place.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was written: the confirmation was cancelled.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: la confirmation a été annulée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write option bytes</source>
        <translation>Écrire les octets d&apos;option</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erase the whole flash</source>
        <translation>Effacer toute la flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass erase deletes every byte of the user flash of %1. Continue?</source>
        <translation>L&apos;effacement complet supprime chaque octet de la flash utilisateur de %1. Continuer&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mass erase</source>
        <translation>Effacement complet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Read the option bytes first: there is nothing to export.</source>
        <translation>Lisez d&apos;abord les octets d&apos;option&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1: check the path and its permissions.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: vérifiez le chemin et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the option bytes first: an import is compared with what the chip holds.</source>
        <translation>Lisez d&apos;abord les octets d&apos;option&#xa0;: une importation est comparée au contenu de la puce.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file: choose the JSON file an export wrote.</source>
        <translation>%1 n&apos;est pas un fichier&#xa0;: choisissez le fichier JSON écrit par un export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2 bytes, far too large for an option-byte file: choose the JSON file an export wrote.</source>
        <translation>%1 fait %2 octets, bien trop pour un fichier d&apos;octets d&apos;option&#xa0;: choisissez le fichier JSON écrit par un export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1: it holds what the chip holds, nothing to change.</source>
        <translation>%1 importé&#xa0;: il contient ce que contient déjà la puce, rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %1: %n pending change(s).</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %n modification en attente.</numerusform>
            <numerusform>%1 importé&#xa0;: %n modifications en attente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a probe in the Devices panel and press Read: the option bytes are read from the chip, never made up.</source>
        <translation>Sélectionnez une sonde dans le panneau Périphériques et cliquez sur Lire&#xa0;: les octets d&apos;option sont lus sur la puce, jamais inventés.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 — read through %3.</source>
        <translation>%1, %2 — lecture via %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not asked yet; Apply runs a DA discovery first (one reset).</source>
        <translation>pas encore interrogée&#xa0;; Appliquer lance d&apos;abord une découverte DA (un reset).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nothing was written: what was typed is not the phrase this change needs (%1). Type it exactly, or leave the chip as it is.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: le texte saisi n&apos;est pas la phrase requise par cette modification (%1). Saisissez-la exactement, ou laissez la puce telle quelle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apply the offered fix: %1</source>
        <translation>Appliquer la correction proposée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Option bytes read. %1</source>
        <translation>Octets d&apos;option lus. %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mismatch</source>
        <translation>écart</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written and verified.</source>
        <translation>Écriture effectuée et vérifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to write.</source>
        <translation>Rien à écrire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flash erased in %1 ms. %2</source>
        <translation>Flash effacée en %1 ms. %2</translation>
    </message>
</context>
<context>
    <name>rescue::ui::PendingDiffModel</name>
    <message>
        <location filename="../ui/optionbytes/pending_diff_model.cpp" line="+30"/>
        <source>(set by the boot ROM service %1)</source>
        <translation>(défini par le service de la ROM de démarrage %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>rescue::ui::PhraseDialog</name>
    <message>
        <location filename="../ui/optionbytes/phrase_dialog.cpp" line="+16"/>
        <source>Confirm an irreversible change</source>
        <translation>Confirmer une modification irréversible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tool can undo this change. Type each phrase exactly as shown to allow it; anything else writes nothing.</source>
        <translation>Aucun outil ne peut annuler cette modification. Saisissez chaque phrase exactement comme indiqué pour l&apos;autoriser&#xa0;; toute autre saisie n&apos;écrit rien.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Saisissez&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write</source>
        <translation>Écrire</translation>
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
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial: %1</source>
        <translation>N° de série&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware: %1</source>
        <translation>Firmware&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK server</source>
        <translation>Serveur ST-LINK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab</source>
        <translation>Labo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>rescue::ui::RescueWizard</name>
    <message>
        <location filename="../ui/wizard/rescue_wizard.cpp" line="+28"/>
        <source>Recover a stuck board</source>
        <translation>Récupérer une carte bloquée</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Done: the board is Open and erasable. Next shows the report.</source>
        <translation>Terminé&#xa0;: la carte est à l&apos;état Open et effaçable. Cliquez sur Suivant pour afficher le rapport.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1. Next shows the report.</source>
        <translation>Terminé&#xa0;: %1. Cliquez sur Suivant pour afficher le rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. The board is left as the log says.</source>
        <translation>Annulé. La carte est dans l&apos;état indiqué par le journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard stopped.</source>
        <translation>L&apos;assistant s&apos;est arrêté.</translation>
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
        <translation>Remet en service les cartes STM32H5 et STM32H7RS bloquées par la Debug Authentication ou par un problème d&apos;état du produit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;ol&gt;&lt;li&gt;Attach a probe, or load the virtual lab (Devices panel).&lt;/li&gt;&lt;li&gt;Connect to the target: the workbench reads its state and option bytes.&lt;/li&gt;&lt;li&gt;Open the recovery wizard: it diagnoses the board, previews every change and asks before anything irreversible.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Branchez une sonde, ou chargez le labo virtuel (panneau Périphériques).&lt;/li&gt;&lt;li&gt;Connectez-vous à la cible&#xa0;: l&apos;application lit son état et ses octets d&apos;option.&lt;/li&gt;&lt;li&gt;Ouvrez l&apos;assistant de récupération&#xa0;: il diagnostique la carte, présente chaque modification à l&apos;avance et demande confirmation avant toute opération irréversible.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardChecksPage</name>
    <message>
        <location filename="../ui/wizard/checks_page.cpp" line="+56"/>
        <source>Checking the board</source>
        <translation>Contrôle de la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check says what it saw. Expand a check to read its evidence.</source>
        <translation>Chaque contrôle indique ce qu&apos;il a constaté. Développez un contrôle pour lire ses observations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it saw</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening the probe…</source>
        <translation>Ouverture de la sonde…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checked: %1</source>
        <translation>Contrôlé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checks are done. Next shows the verdict.</source>
        <translation>Les contrôles sont terminés. Cliquez sur Suivant pour afficher le verdict.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardPlanPage</name>
    <message>
        <location filename="../ui/wizard/plan_page.cpp" line="+19"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been changed yet. Read what each step will do; steps marked irreversible ask again before they run.</source>
        <translation>Rien n&apos;a encore été modifié. Lisez ce que fera chaque étape&#xa0;; les étapes marquées irréversibles demandent à nouveau confirmation avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the plan</source>
        <translation>Exécuter le plan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan steps</source>
        <translation>Étapes du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the wizard to finish planning…</source>
        <translation>En attente de la fin de la planification par l&apos;assistant…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  [IRREVERSIBLE]</source>
        <translation>  [IRRÉVERSIBLE]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consequence: %1</source>
        <translation>Conséquence&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Option byte %1</source>
        <translation>Octet d&apos;option %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run the plan starts the steps. The irreversible ones ask before they run.</source>
        <translation>«&#xa0;Exécuter le plan&#xa0;» lance les étapes. Les étapes irréversibles demandent confirmation avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the plan starts the steps. None of them is irreversible.</source>
        <translation>«&#xa0;Exécuter le plan&#xa0;» lance les étapes. Aucune n&apos;est irréversible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The wizard has ended; Next shows the result.</source>
        <translation>L&apos;assistant a terminé&#xa0;; cliquez sur Suivant pour afficher le résultat.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardResultPage</name>
    <message>
        <location filename="../ui/wizard/result_page.cpp" line="+29"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report (paste it in a forum post or a support ticket; it holds no secret):</source>
        <translation>Rapport (à coller dans un message de forum ou un ticket d&apos;assistance&#xa0;; il ne contient aucun secret)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save support bundle…</source>
        <translation>Enregistrer le dossier d&apos;assistance…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder with the report, the checks and steps as JSON, the identification, the option bytes before and after, and the journal of this run. No key or password.</source>
        <translation>Un répertoire contenant le rapport, les contrôles et les étapes au format JSON, l&apos;identification, les octets d&apos;option avant et après, et le journal de cette exécution. Aucune clé ni aucun mot de passe.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The wizard could not finish</source>
        <translation>L&apos;assistant n&apos;a pas pu terminer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board is left as the log says.</source>
        <translation>La carte est dans l&apos;état indiqué par le journal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open and erasable: the board is back. Resets: %1 by the probe, %2 by hand.</source>
        <translation>Open et effaçable&#xa0;: la carte est récupérée. Resets&#xa0;: %1 par la sonde, %2 à la main.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Open and erasable. %1</source>
        <translation>Pas à l&apos;état Open et effaçable. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Step &quot;%1&quot; %2: %3</source>
        <translation>
Étape «&#xa0;%1&#xa0;» %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Still possible:</source>
        <translation>
Encore possible&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Verdicts as the run learned more: %1</source>
        <translation>
Verdicts successifs au fil de l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The report is on the clipboard.</source>
        <translation>Le rapport est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save support bundle as folder</source>
        <translation>Enregistrer le dossier d&apos;assistance sous forme de répertoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Support bundle saved in %1 (%2 files). Zip the folder to attach it.</source>
        <translation>Dossier d&apos;assistance enregistré dans %1 (%2 fichiers). Compressez le répertoire en zip pour le joindre.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardStepsPage</name>
    <message>
        <location filename="../ui/wizard/steps_page.cpp" line="+29"/>
        <source>Running the plan</source>
        <translation>Exécution du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the instructions below. Cancel stops the wizard; the log says what was done.</source>
        <translation>Suivez les instructions ci-dessous. Annuler arrête l&apos;assistant&#xa0;; le journal indique ce qui a été fait.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Steps and their results</source>
        <translation>Étapes et leurs résultats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard is working…</source>
        <translation>L&apos;assistant est en cours d&apos;exécution…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Don&apos;t do it</source>
        <translation>Ne pas le faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+86"/>
        <source> (not run)</source>
        <translation> (non exécutée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Verdict now: %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Verdict actuel&#xa0;: %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This cannot be undone: %1</source>
        <translation>Cette opération ne peut pas être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to go ahead:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour continuer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardVerdictPage</name>
    <message>
        <location filename="../ui/wizard/verdict_page.cpp" line="+13"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What state the board is in, and why the wizard thinks so.</source>
        <translation>L&apos;état de la carte, et pourquoi l&apos;assistant le pense.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence:</source>
        <translation>Observations&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence for the verdict</source>
        <translation>Éléments à l&apos;appui du verdict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;What is still possible&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qui est encore possible&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>

The plan&apos;s first step, a Debug Authentication discovery, tells whether a way back exists; the next page shows the plan.</source>
        <translation>

La première étape du plan, une découverte Debug Authentication, indique s&apos;il existe un chemin de retour&#xa0;; la page suivante présente le plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

The wizard has a way back: the next page shows its plan.</source>
        <translation>

L&apos;assistant dispose d&apos;un chemin de retour&#xa0;: la page suivante présente son plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

The wizard has no way back to Open for this board.</source>
        <translation>

L&apos;assistant n&apos;a aucun chemin de retour vers Open pour cette carte.</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardWelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+35"/>
        <source>Recover a stuck board</source>
        <translation>Récupérer une carte bloquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wizard checks the board, says what state it is in and why, shows its plan, and asks before anything irreversible.</source>
        <translation>L&apos;assistant contrôle la carte, indique dans quel état elle se trouve et pourquoi, présente son plan et demande confirmation avant toute opération irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the checks</source>
        <translation>Lancer les contrôles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probe:</source>
        <translation>Sonde&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Let the simulated operator do it (lab boards: a simulated person presses the RESET button and answers every question)</source>
        <translation>Laisser l&apos;opérateur simulé s&apos;en charger (cartes du labo&#xa0;: une personne simulée appuie sur le bouton RESET et répond à chaque question)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Credentials for Debug Authentication (optional)</source>
        <translation>Identifiants pour la Debug Authentication (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: diagnose and explain only</source>
        <translation>Aucun&#xa0;: diagnostic et explication uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file (%1).</source>
        <translation>Choisir le fichier (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private key:</source>
        <translation>Clé privée&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leaf private key</source>
        <translation>clé privée feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys (*.pem *.der *.key);;All files (*)</source>
        <translation>Clés (*.pem *.der *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain:</source>
        <translation>Chaîne de certificats&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate chain, root first</source>
        <translation>chaîne de certificats, racine en premier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chains (*.b64 *.pem *.crt *.bin);;All files (*)</source>
        <translation>Chaînes (*.b64 *.pem *.crt *.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password file:</source>
        <translation>Fichier de mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password.bin or a raw password file</source>
        <translation>password.bin ou un fichier de mot de passe brut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passwords (*.bin);;All files (*)</source>
        <translation>Mots de passe (*.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys and passwords stay on this computer: they never appear in the log, the report or a support bundle.</source>
        <translation>Les clés et mots de passe restent sur cet ordinateur&#xa0;: ils n&apos;apparaissent jamais dans le journal, le rapport ni un dossier d&apos;assistance.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No probe is listed yet. Plug in an ST-LINK or wait for the lab&apos;s boards to be listed; the device panel shows what was found.</source>
        <translation>Aucune sonde n&apos;est encore listée. Branchez un ST-LINK ou attendez que les cartes du labo soient listées&#xa0;; le panneau des périphériques affiche ce qui a été trouvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Last connection:</source>
        <translation>&lt;br&gt;Dernière connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;The wizard identifies the board behind this probe in its first checks.</source>
        <translation>&lt;br&gt;L&apos;assistant identifie la carte connectée à cette sonde lors de ses premiers contrôles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;A lab board: nobody can press its RESET button by hand, so the wizard shows a RESET button to hold with the mouse.</source>
        <translation>&lt;br&gt;Une carte du labo&#xa0;: personne ne peut appuyer à la main sur son bouton RESET, l&apos;assistant affiche donc un bouton RESET à maintenir enfoncé avec la souris.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase for %1:</source>
        <translation>Phrase secrète pour %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WrpSectorMap</name>
    <message>
        <location filename="../ui/optionbytes/wrp_sector_map.cpp" line="+56"/>
        <source>The part&apos;s flash size is not known, so its sectors cannot be drawn.</source>
        <translation>La taille de la flash de ce composant est inconnue&#xa0;; ses secteurs ne peuvent donc pas être dessinés.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Bank %1 (%2), %n sector(s):</source>
        <translation>
            <numerusform>Banque %1 (%2), %n secteur&#xa0;:</numerusform>
            <numerusform>Banque %1 (%2), %n secteurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sector(s) %1 of bank %2: write-protected (bit %3 = %4). Click to unprotect.</source>
        <translation>Secteur(s) %1 de la banque %2&#xa0;: protégé(s) en écriture (bit %3 = %4). Cliquez pour retirer la protection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector(s) %1 of bank %2: not protected (bit %3 = %4). Click to protect.</source>
        <translation>Secteur(s) %1 de la banque %2&#xa0;: non protégé(s) (bit %3 = %4). Cliquez pour protéger.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No sector is write-protected.</source>
        <translation>Aucun secteur n&apos;est protégé en écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sector is write-protected: no erase or programming will succeed.</source>
        <translation>Tous les secteurs sont protégés en écriture&#xa0;: aucun effacement ni aucune programmation ne réussira.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cells write-protected.</source>
        <translation>%1 cellules sur %2 protégées en écriture.</translation>
    </message>
</context>
</TS>
