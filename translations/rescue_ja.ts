<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ErrorCatalogue</name>
    <message>
        <location filename="../core/common/error_catalogue.cpp" line="+13"/>
        <source>Private key readable by others</source>
        <translation>秘密鍵が他のユーザーから読み取り可能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run chmod 600 on the key file.</source>
        <translation>鍵ファイルに対して chmod 600 を実行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad hex value in the device catalog</source>
        <translation>デバイスカタログの16進値が不正</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <location line="+30"/>
        <source>Correct the value in the catalog file, or reinstall the catalog.</source>
        <translation>カタログファイルの値を修正するか、カタログを再インストールしてください。</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Register offset not a multiple of 4</source>
        <translation>レジスタオフセットが4の倍数ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the register offset in the catalog file, or reinstall the catalog.</source>
        <translation>カタログファイルのレジスタオフセットを修正するか、カタログを再インストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate entry in the device catalog</source>
        <translation>デバイスカタログのエントリが重複</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the duplicate from the catalog files, or reinstall the catalog.</source>
        <translation>カタログファイルから重複を削除するか、カタログを再インストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device family in the catalog</source>
        <translation>カタログにデバイスファミリがない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall, or point RESCUE_RESOURCE_DIR at the resources folder.</source>
        <translation>再インストールするか、RESCUE_RESOURCE_DIR がリソースフォルダーを指すように設定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device catalog folder not found</source>
        <translation>デバイスカタログフォルダーが見つからない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reinstall, or set RESCUE_RESOURCE_DIR to a folder that contains devices/.</source>
        <translation>再インストールするか、RESCUE_RESOURCE_DIR に devices/ を含むフォルダーを設定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required catalog entry missing</source>
        <translation>必須のカタログエントリがない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the missing entry or file, or reinstall the catalog.</source>
        <translation>欠けているエントリまたはファイルを復元するか、カタログを再インストールしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog value out of range</source>
        <translation>カタログの値が範囲外</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlapping fields in the catalog</source>
        <translation>カタログ内でフィールドが重なっている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the fields&apos; bit positions in the catalog file, or reinstall the catalog.</source>
        <translation>カタログファイルのフィールドのビット位置を修正するか、カタログを再インストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog file is not valid JSON</source>
        <translation>カタログファイルが有効な JSON ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the JSON syntax in the named file, or reinstall the catalog.</source>
        <translation>示されたファイルの JSON 構文を修正するか、カタログを再インストールしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part table names an unknown family</source>
        <translation>品番テーブルに未知のファミリが記載されている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the family file, or correct the family name in parts.json.</source>
        <translation>ファミリファイルを追加するか、parts.json のファミリ名を修正してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field in a catalog file</source>
        <translation>カタログファイルに未知のフィールドがある</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or correct the key, or use the catalog that came with this version.</source>
        <translation>キーを削除または修正するか、このバージョンに付属のカタログを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog refers to something undefined</source>
        <translation>カタログが未定義の項目を参照している</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the reference in the catalog file, or reinstall the catalog.</source>
        <translation>カタログファイルの参照を修正するか、カタログを再インストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog file cannot be read</source>
        <translation>カタログファイルを読み取れない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the permissions of the catalog folder and its files.</source>
        <translation>カタログフォルダーとそのファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog value has the wrong type</source>
        <translation>カタログの値の型が誤っている</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Challenge is not 32 bytes of hex</source>
        <translation>チャレンジが32バイトの16進数ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the 32-byte challenge vector of the AUTH_START reply, without its header.</source>
        <translation>AUTH_START 応答の32バイトのチャレンジベクターを、ヘッダーを除いてコピーしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash erase not confirmed</source>
        <translation>フラッシュ消去が確認されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again with --yes to confirm that the user flash may be erased.</source>
        <translation>ユーザーフラッシュの消去を承諾するには、--yes を付けて再実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown family or part</source>
        <translation>不明なファミリまたは品番</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a known family (h5, h7rs or a catalog id) or a part number.</source>
        <translation>既知のファミリ (h5、h7rs またはカタログ ID) または品番を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error in the command</source>
        <translation>コマンドの内部エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it with the journal file from the data directory.</source>
        <translation>データディレクトリのジャーナルファイルを添えて報告してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission not understood</source>
        <translation>権限を解釈できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a permission name of the family (with --family) or a bit number.</source>
        <translation>ファミリの権限名 (--family を指定) またはビット番号を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report file cannot be written</source>
        <translation>レポートファイルを書き込めない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path and that the folder is writable.</source>
        <translation>パスを確認し、フォルダーが書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such error code</source>
        <translation>該当するエラーコードがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run rescue errors for the list and copy the code from there.</source>
        <translation>rescue errors を実行して一覧を表示し、そこからコードをコピーしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid command line</source>
        <translation>コマンドラインが無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the options with rescue --help and run the command again.</source>
        <translation>rescue --help でオプションを確認し、コマンドを再実行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip did not come back after the grant</source>
        <translation>権限付与後にチップが復帰しない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power-cycle the board and connect again; the grant may still have been applied.</source>
        <translation>ボードの電源を入れ直して再接続してください。権限はすでに適用されている可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip refused to give a challenge</source>
        <translation>チップがチャレンジの送信を拒否した</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+130"/>
        <location line="+3"/>
        <location line="+35"/>
        <source>Start a new session with a new reset.</source>
        <translation>新たにリセットを行い、新しいセッションを開始してください。</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Unexpected first word from the chip</source>
        <translation>チップからの最初のワードが想定外</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the received word with the catalog&apos;s reply word and adjust the catalog.</source>
        <translation>受信したワードをカタログの応答ワードと比較し、カタログを修正してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug Authentication cancelled</source>
        <translation>デバッグ認証がキャンセルされた</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset the board to leave its DA mode, or run the session again.</source>
        <translation>ボードをリセットして DA モードを終了するか、セッションを再実行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog lacks the DA mailbox registers</source>
        <translation>カタログに DA メールボックスレジスタがない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the three DA mailbox registers to the family&apos;s dbgmcu registers.</source>
        <translation>3つの DA メールボックスレジスタをファミリの dbgmcu レジスタに追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate is not ECDSA P-256</source>
        <translation>証明書が ECDSA P-256 ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the certificates with ECDSA P-256 keys.</source>
        <translation>ECDSA P-256 鍵で証明書を作成してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate extensions do not match their hash</source>
        <translation>証明書の拡張がハッシュと一致しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+9"/>
        <source>Use the original certificate file.</source>
        <translation>元の証明書ファイルを使用してください。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Certificate key is not a valid P-256 point</source>
        <translation>証明書の鍵が有効な P-256 の点ではない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the original certificate file, or issue the certificate again.</source>
        <translation>元の証明書ファイルを使用するか、証明書を再発行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate reserved field is not zero</source>
        <translation>証明書の予約フィールドがゼロではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-issue the certificate with a current ADAC tool.</source>
        <translation>最新の ADAC ツールで証明書を再発行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate role is invalid</source>
        <translation>証明書のロールが無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use certificates made by ST&apos;s tools or by rescue da make-credentials.</source>
        <translation>ST のツールまたは rescue da make-credentials で作成した証明書を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root key does not match the .obk</source>
        <translation>ルート鍵が .obk と一致しない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain made from the same root key as the provisioned DA_Config.obk.</source>
        <translation>プロビジョニング済みの DA_Config.obk と同じルート鍵から作成した証明書チェーンを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one lifecycle</source>
        <translation>証明書が1つのライフサイクルに限定されている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the constraint against the lifecycle the chip&apos;s discovery reports.</source>
        <translation>制約を、チップのディスカバリが報告するライフサイクルと照合してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one SoC class</source>
        <translation>証明書が1つの SoC クラスに限定されている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the SoC class against the chip&apos;s discovery, or use an unrestricted chain.</source>
        <translation>SoC クラスをチップのディスカバリ結果と照合するか、制限のない証明書チェーンを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one chip</source>
        <translation>証明書が1つのチップに限定されている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the certificate issued for this chip, or one without a SoC ID.</source>
        <translation>このチップ用に発行された証明書、または SoC ID のない証明書を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate signature does not verify</source>
        <translation>証明書の署名を検証できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the chain file as it was issued, from one key set.</source>
        <translation>発行されたままの、1つの鍵セットによる証明書チェーンファイルを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate has the wrong size</source>
        <translation>証明書のサイズが誤っている</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate for another device family</source>
        <translation>別のデバイスファミリ用の証明書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use certificates issued for this device family.</source>
        <translation>このデバイスファミリ用に発行された証明書を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record is not a certificate</source>
        <translation>レコードが証明書ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a certificate file, not a token, key or password file.</source>
        <translation>トークン、鍵、パスワードファイルではなく、証明書ファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra bytes after the certificate</source>
        <translation>証明書の後に余分なバイトがある</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported certificate version</source>
        <translation>サポートされていない証明書バージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-create the certificate with a current ADAC tool.</source>
        <translation>最新の ADAC ツールで証明書を作成し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip refused a certificate</source>
        <translation>チップが証明書を拒否した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chain with rescue da verify and its constraints against the discovery.</source>
        <translation>rescue da verify で証明書チェーンを検査し、その制約をディスカバリ結果と照合してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chain is broken</source>
        <translation>証明書チェーンが壊れている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain file as ST&apos;s tools write it, root first.</source>
        <translation>ST のツールが書き出したままの、ルートが先頭の証明書チェーンファイルを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain is empty</source>
        <translation>証明書チェーンが空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the chain file (.b64), root first.</source>
        <translation>ルートが先頭の証明書チェーンファイル (.b64) を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain does not start with the root</source>
        <translation>証明書チェーンがルートで始まっていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain file as ST&apos;s tools write it (cert_leaf_chain.b64), root first.</source>
        <translation>ST のツールが書き出したままの、ルートが先頭の証明書チェーンファイル (cert_leaf_chain.b64) を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain does not end with a leaf</source>
        <translation>証明書チェーンがリーフで終わっていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the full chain file (root, intermediate, leaf).</source>
        <translation>完全な証明書チェーンファイル (ルート、中間、リーフ) を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain file is not base64 or PEM</source>
        <translation>証明書チェーンファイルが base64 でも PEM でもない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give ST&apos;s one-line base64 chain file (.b64), undamaged.</source>
        <translation>ST の1行形式の base64 証明書チェーンファイル (.b64) を、破損のない状態で指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain file holds no certificate</source>
        <translation>証明書チェーンファイルに証明書がない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a chain file such as cert_leaf_chain.b64.</source>
        <translation>cert_leaf_chain.b64 などの証明書チェーンファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain ends on an intermediate</source>
        <translation>証明書チェーンが中間証明書で終わっている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the leaf chain (cert_leaf_chain.b64), not the intermediate chain.</source>
        <translation>中間証明書のチェーンではなく、リーフの証明書チェーン (cert_leaf_chain.b64) を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key does not belong to the chain</source>
        <translation>鍵が証明書チェーンに対応していない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the key that goes with the chain (key_3_leaf.pem for cert_leaf_chain.b64).</source>
        <translation>証明書チェーンに対応する鍵 (cert_leaf_chain.b64 には key_3_leaf.pem) を使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain holds a record that is not a certificate</source>
        <translation>証明書チェーンに証明書以外のレコードが含まれている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the certificate chain file, not a token or another TLV file.</source>
        <translation>トークンや他の TLV ファイルではなく、証明書チェーンファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate chain given</source>
        <translation>証明書チェーンが指定されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add --cert with the chain file to check the certificates.</source>
        <translation>証明書を検査するには、--cert で証明書チェーンファイルを追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates in the wrong order</source>
        <translation>証明書の順序が誤っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order the certificates root, intermediate(s), leaf.</source>
        <translation>証明書をルート、中間証明書、リーフの順に並べてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file is not a certificate chain</source>
        <translation>PEM ファイルが証明書チェーンではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the certificate chain, not a key file.</source>
        <translation>鍵ファイルではなく、証明書チェーンを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenge expired</source>
        <translation>チャレンジの有効期限切れ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new session and send the chain and token without pausing.</source>
        <translation>新しいセッションを開始し、中断せずに証明書チェーンとトークンを送信してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge has the wrong size</source>
        <translation>チャレンジのサイズが誤っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported challenge version</source>
        <translation>サポートされていないチャレンジバージョン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chip is already Open</source>
        <translation>チップはすでに Open 状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect without DA; if a regression was under way, it has finished.</source>
        <translation>DA なしで接続してください。リグレッションの実行中だった場合、それは完了しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip left the DA session</source>
        <translation>チップが DA セッションから離脱した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check power and the reset line, then start a new session with a new reset.</source>
        <translation>電源とリセットラインを確認し、新たにリセットを行って新しいセッションを開始してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrupted reply from the chip</source>
        <translation>チップからの応答が破損している</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new session with a new reset; if it repeats, lower the SWD clock.</source>
        <translation>新たにリセットを行い、新しいセッションを開始してください。繰り返し発生する場合は SWD クロックを下げてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty certificate permission mask</source>
        <translation>証明書の権限マスクが空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one permission, for example full-regression.</source>
        <translation>少なくとも1つの権限 (例: full-regression) を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file already exists</source>
        <translation>認証情報ファイルがすでに存在する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an empty folder, or ask explicitly to overwrite.</source>
        <translation>空のフォルダーを選択するか、上書きを明示的に指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported number of intermediates</source>
        <translation>サポートされていない中間証明書の数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for 0 to 8 intermediate certificates.</source>
        <translation>中間証明書は0～8個の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip does not accept P-256 certificates</source>
        <translation>チップが P-256 証明書を受け付けない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the discovery; use the password method if the chip is set up for it.</source>
        <translation>ディスカバリ結果を確認してください。チップがパスワード方式用に設定されている場合は、パスワード方式を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip refused the discovery</source>
        <translation>チップがディスカバリを拒否した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovery record has the wrong size</source>
        <translation>ディスカバリレコードのサイズが誤っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Start a new session; if it repeats, report the raw discovery bytes.</source>
        <translation>新しいセッションを開始してください。繰り返し発生する場合は、ディスカバリの生バイトを報告してください。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discovery record of unknown type</source>
        <translation>不明なタイプのディスカバリレコード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discovery reply cannot be parsed</source>
        <translation>ディスカバリ応答を解析できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report the raw discovery bytes with the journal.</source>
        <translation>ディスカバリの生バイトをジャーナルとともに報告してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large for a credential</source>
        <translation>認証情報ファイルとしてはサイズが大きすぎる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you picked the right file.</source>
        <translation>正しいファイルを選択したか確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file cannot be read</source>
        <translation>認証情報ファイルを読み取れない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path, that the file exists, and its permissions.</source>
        <translation>パス、ファイルが存在すること、およびアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file cannot be written</source>
        <translation>認証情報ファイルを書き込めない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>フォルダーが書き込み可能で、ディスクに空きがあることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe firmware cannot reach AP0</source>
        <translation>プローブのファームウェアが AP0 にアクセスできない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the ST-LINK firmware with STM32CubeProgrammer, then try again.</source>
        <translation>STM32CubeProgrammer で ST-LINK のファームウェアを更新してから、再試行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong key for the leaf certificate</source>
        <translation>リーフ証明書に対応しない鍵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the leaf key of the same set (key_3_leaf.pem next to cert_leaf_chain.b64).</source>
        <translation>同じセットのリーフ鍵 (cert_leaf_chain.b64 と同じ場所にある key_3_leaf.pem) を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key file is inconsistent</source>
        <translation>秘密鍵ファイルの内容に不整合がある</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the original key file.</source>
        <translation>元の鍵ファイルを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key uses legacy PEM encryption</source>
        <translation>鍵が旧形式の PEM 暗号化を使用している</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert it to encrypted PKCS#8 with openssl pkcs8 -topk8, then use the new file.</source>
        <translation>openssl pkcs8 -topk8 で暗号化 PKCS#8 に変換し、新しいファイルを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>No private key given</source>
        <translation>秘密鍵が指定されていない</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Add --key with the leaf key (key_3_leaf.pem) to check it.</source>
        <translation>鍵を検査するには、--key でリーフ鍵 (key_3_leaf.pem) を追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key is not on the P-256 curve</source>
        <translation>公開鍵が P-256 曲線上にない</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Use the original key or certificate file.</source>
        <translation>元の鍵ファイルまたは証明書ファイルを使用してください。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Key is not ECDSA P-256</source>
        <translation>鍵が ECDSA P-256 ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the P-256 key that belongs to your certificate chain.</source>
        <translation>証明書チェーンに対応する P-256 鍵を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passphrase or damaged key</source>
        <translation>パスフレーズが誤っているか、鍵が破損している</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the passphrase and its keyboard layout, then try again.</source>
        <translation>パスフレーズとキーボードレイアウトを確認し、再試行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase needed for the key</source>
        <translation>鍵のパスフレーズが必要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it on a terminal to be asked for the passphrase, or give --passphrase-file.</source>
        <translation>端末で実行してパスフレーズの入力を求められるようにするか、--passphrase-file を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key given instead of private</source>
        <translation>秘密鍵の代わりに公開鍵が指定された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the private key file (key_3_leaf.pem, not key_3_leaf_pub.pem).</source>
        <translation>秘密鍵ファイル (key_3_leaf_pub.pem ではなく key_3_leaf.pem) を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key has the wrong size</source>
        <translation>公開鍵のサイズが誤っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key file cannot be decoded</source>
        <translation>鍵ファイルをデコードできない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an undamaged PEM key file such as key_3_leaf.pem.</source>
        <translation>key_3_leaf.pem などの破損していない PEM 鍵ファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA mailbox not found</source>
        <translation>DA メールボックスが見つからない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the SWD wiring and that the board is powered.</source>
        <translation>SWD の配線と、ボードに電源が供給されていることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response from the DA mailbox</source>
        <translation>DA メールボックスから応答がない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chip&apos;s state and its DA provisioning, then start a new session.</source>
        <translation>チップの状態と DA のプロビジョニングを確認してから、新しいセッションを開始してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+747"/>
        <location line="+197"/>
        <source>Nothing answers on SWD</source>
        <translation>SWD で何も応答しない</translation>
    </message>
    <message>
        <location line="-941"/>
        <source>Check SWDIO, SWCLK, GND and the target&apos;s power; lower the SWD clock.</source>
        <translation>SWDIO、SWCLK、GND とターゲットの電源を確認し、SWD クロックを下げてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the leaf key with --key.</source>
        <translation>--key でリーフ鍵を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission requested</source>
        <translation>権限が要求されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one permission with --permission.</source>
        <translation>--permission で権限を1つ指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session not connected</source>
        <translation>DA セッションが接続されていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect the session first, then repeat the step.</source>
        <translation>先にセッションを接続してから、その手順を再実行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session not open</source>
        <translation>DA セッションが開かれていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new session (a reset with the request word) first.</source>
        <translation>先に新しいセッションを開いてください (要求ワードを伴うリセット)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NRST not effective</source>
        <translation>NRST が機能していない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wire the probe&apos;s T_NRST to the chip&apos;s NRST, or use the guided manual reset.</source>
        <translation>プローブの T_NRST をチップの NRST に配線するか、ガイド付きの手動リセットを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong .obk destination</source>
        <translation>.obk の書き込み先が誤っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the DA_Config.obk or DA_ConfigWithPassword.obk made for this family.</source>
        <translation>このファミリ用に作成された DA_Config.obk または DA_ConfigWithPassword.obk を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusual .obk flag word</source>
        <translation>.obk のフラグワードが通常と異なる</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Regenerate the .obk from its XML.</source>
        <translation>XML から .obk を再生成してください。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Damaged .obk file</source>
        <translation>.obk ファイルが破損している</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate the .obk from its XML with ST&apos;s tools or rescue da make-credentials.</source>
        <translation>ST のツールまたは rescue da make-credentials で、XML から .obk を再生成してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid .obk file</source>
        <translation>有効な .obk ファイルではない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the DA_Config.obk or DA_ConfigWithPassword.obk made for the chip.</source>
        <translation>このチップ用に作成された DA_Config.obk または DA_ConfigWithPassword.obk を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File is DA_ConfigLock.obk</source>
        <translation>ファイルが DA_ConfigLock.obk である</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give DA_Config.obk or DA_ConfigWithPassword.obk instead.</source>
        <translation>代わりに DA_Config.obk または DA_ConfigWithPassword.obk を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission mask too wide for the .obk</source>
        <translation>権限マスクが .obk に対して広すぎる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only permission bits 0 to 31 for this family.</source>
        <translation>このファミリでは権限ビット 0～31 のみを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family takes no .obk file</source>
        <translation>このファミリでは .obk ファイルを使用しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program the password hash into OTP as the hint shows, not an .obk.</source>
        <translation>.obk ではなく、ヒントに示されたとおりにパスワードハッシュを OTP に書き込んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.obk is not the certificate configuration</source>
        <translation>.obk が証明書方式の設定ではない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give DA_Config.obk to check a certificate chain.</source>
        <translation>証明書チェーンを検査するには DA_Config.obk を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No .obk given</source>
        <translation>.obk が指定されていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add --obk with the .obk that was provisioned.</source>
        <translation>--obk でプロビジョニングに使用した .obk を追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.obk reserved bytes are not zero</source>
        <translation>.obk の予約バイトがゼロではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.obk payload has the wrong size</source>
        <translation>.obk ペイロードのサイズが誤っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+304"/>
        <source>Use the .obk as ST&apos;s tools made it.</source>
        <translation>ST のツールで作成されたままの .obk を使用してください。</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>.obk file too short</source>
        <translation>.obk ファイルが短すぎる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the .obk file made for the chip.</source>
        <translation>このチップ用に作成された .obk ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implausible ADAC packet length</source>
        <translation>ADAC パケット長が不自然</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Reset the target and start a new session.</source>
        <translation>ターゲットをリセットし、新しいセッションを開始してください。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ADAC packet length mismatch</source>
        <translation>ADAC パケット長が一致しない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the start of an ADAC packet</source>
        <translation>ADAC パケットの先頭ではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ADAC packet header cut short</source>
        <translation>ADAC パケットヘッダーが途中で切れている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chip refused the password</source>
        <translation>チップがパスワードを拒否した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the password file provisioned into this chip (password.bin or the raw file).</source>
        <translation>このチップにプロビジョニングしたパスワードファイル (password.bin または生のファイル) を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty password</source>
        <translation>パスワードが空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a password of 1 to 16 characters.</source>
        <translation>1～16文字のパスワードを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password does not match the .obk</source>
        <translation>パスワードが .obk と一致しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the password file made with this DA_ConfigWithPassword.obk.</source>
        <translation>この DA_ConfigWithPassword.obk と一緒に作成されたパスワードファイルを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password matches the .obk</source>
        <translation>パスワードが .obk と一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+302"/>
        <location line="+80"/>
        <source>Nothing to do.</source>
        <translation>対処は不要です。</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Password file length mismatch</source>
        <translation>パスワードファイルの長さが一致しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate the password file.</source>
        <translation>パスワードファイルを再生成してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File is not a password TLV</source>
        <translation>ファイルがパスワード TLV ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick password.bin or a raw password file.</source>
        <translation>password.bin または生のパスワードファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password too long</source>
        <translation>パスワードが長すぎる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you picked the password file.</source>
        <translation>パスワードファイルを選択したか確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong file given as the password</source>
        <translation>パスワードとして誤ったファイルが指定された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick password.bin (ST&apos;s TLV) or the raw password file (user_password.bin).</source>
        <translation>password.bin (ST の TLV) または生のパスワードファイル (user_password.bin) を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not granted</source>
        <translation>権限が付与されなかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a permission the chip&apos;s discovery offers.</source>
        <translation>チップのディスカバリが提示する権限を要求してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not in every certificate</source>
        <translation>権限がすべての証明書に含まれていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a permission every certificate allows, or issue new certificates.</source>
        <translation>すべての証明書が許可する権限を要求するか、証明書を新たに発行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not offered by the chip</source>
        <translation>チップが提示していない権限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for one of the permissions the chip offers.</source>
        <translation>チップが提示する権限のいずれかを要求してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions the chain can grant</source>
        <translation>証明書チェーンで付与可能な権限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No permission in common</source>
        <translation>共通の権限がない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-issue the certificates with overlapping permission masks.</source>
        <translation>権限マスクが重なるように証明書を再発行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission asked for</source>
        <translation>要求する権限が指定されていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add --permission with the permission you will ask for.</source>
        <translation>--permission で要求する予定の権限を追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested permission outside the grant</source>
        <translation>要求した権限が付与範囲外</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask only for permissions the chain and the chip&apos;s discovery allow.</source>
        <translation>証明書チェーンとチップのディスカバリが許可する権限のみを要求してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.obk allows less than the certificates</source>
        <translation>.obk が許可する権限が証明書より少ない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do unless you need that permission.</source>
        <translation>その権限が必要な場合を除き、対処は不要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission set has the wrong size</source>
        <translation>権限セットのサイズが誤っている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the certificate, token or .obk for damage.</source>
        <translation>証明書、トークン、.obk が破損していないか確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission mask not understood</source>
        <translation>権限マスクを解釈できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a hex mask such as 0x4000 or a name such as full-regression.</source>
        <translation>0x4000 のような16進マスク、または full-regression のような名前を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission mask over 128 bits</source>
        <translation>権限マスクが128ビットを超えている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a mask of at most 32 hex digits.</source>
        <translation>最大32桁の16進数でマスクを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission bit with no known meaning</source>
        <translation>意味が不明な権限ビット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a named permission, for example full-regression.</source>
        <translation>名前付きの権限 (例: full-regression) を要求してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown permission name</source>
        <translation>不明な権限名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the family&apos;s permission names, or give the mask in hex.</source>
        <translation>ファミリの権限名のいずれかを使用するか、マスクを16進数で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe failed during DA</source>
        <translation>DA 中にプローブでエラーが発生した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s USB connection and the SWD wiring, then run the command again.</source>
        <translation>プローブの USB 接続と SWD の配線を確認し、コマンドを再実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DA_ConfigLock is never written</source>
        <translation>DA_ConfigLock は決して書き込まない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision DA_Config.obk or DA_ConfigWithPassword.obk instead.</source>
        <translation>代わりに DA_Config.obk または DA_ConfigWithPassword.obk をプロビジョニングしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioned configuration not seen</source>
        <translation>プロビジョニングした設定が認識されない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the file matches this chip&apos;s DA method, then provision again.</source>
        <translation>ファイルがこのチップの DA 方式に合っていることを確認してから、再度プロビジョニングしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip not in Provisioning</source>
        <translation>チップが Provisioning 状態ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move an Open chip to Provisioning first; a closed chip needs a DA regression.</source>
        <translation>Open 状態のチップは先に Provisioning に移行してください。クローズ状態のチップには DA リグレッションが必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip not in the device catalog</source>
        <translation>チップがデバイスカタログにない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the part with rescue connect, or run the STM32CubeProgrammer command shown.</source>
        <translation>rescue connect で品番を確認するか、表示された STM32CubeProgrammer コマンドを実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+379"/>
        <source>Boot ROM service not reachable</source>
        <translation>ブート ROM サービスにアクセスできない</translation>
    </message>
    <message>
        <location line="-376"/>
        <location line="+379"/>
        <source>Run the STM32CubeProgrammer command shown in the hint.</source>
        <translation>ヒントに表示された STM32CubeProgrammer コマンドを実行してください。</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Wrong root of trust</source>
        <translation>ルートオブトラストが誤っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain issued under the root key provisioned in the chip.</source>
        <translation>チップにプロビジョニングされたルート鍵で発行された証明書チェーンを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale challenge</source>
        <translation>古いチャレンジ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new session and sign the token over its challenge.</source>
        <translation>新しいセッションを開始し、そのチャレンジに対してトークンに署名してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product state not readable</source>
        <translation>製品状態を読み取れない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the family&apos;s catalog entry defines its product-state field.</source>
        <translation>ファミリのカタログエントリで製品状態フィールドが定義されていることを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLV reserved field is not zero</source>
        <translation>TLV の予約フィールドがゼロではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Use the original file.</source>
        <translation>元のファイルを使用してください。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Data after the last TLV record</source>
        <translation>最後の TLV レコードの後にデータがある</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLV record cut short</source>
        <translation>TLV レコードが途中で切れている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token is not ECDSA P-256</source>
        <translation>トークンが ECDSA P-256 ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token with the P-256 leaf key.</source>
        <translation>P-256 のリーフ鍵でトークンに署名してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token signature does not verify</source>
        <translation>トークンの署名を検証できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the token with the leaf key over the challenge of the latest AUTH_START.</source>
        <translation>最新の AUTH_START のチャレンジに対して、リーフ鍵でトークンに署名してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token has the wrong size</source>
        <translation>トークンのサイズが誤っている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token again.</source>
        <translation>トークンに署名し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported token version</source>
        <translation>サポートされていないトークンバージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token again with a current tool.</source>
        <translation>最新のツールでトークンに署名し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown permission</source>
        <translation>不明な権限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a permission name of the chip&apos;s family or a bit number from 0 to 127.</source>
        <translation>チップのファミリの権限名、または0～127のビット番号を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML has no destination address</source>
        <translation>XML に書き込み先アドレスがない</translation>
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
        <translation>ST のパッケージに含まれる DA_Config.xml または DA_ConfigWithPassword.xml を指定してください。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>XML has no DoEncryption value</source>
        <translation>XML に DoEncryption の値がない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML names no DA method</source>
        <translation>XML に DA 方式が指定されていない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML has no Info element</source>
        <translation>XML に Info 要素がない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an ST DA configuration XML</source>
        <translation>ST の DA 設定 XML ではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML and .obk destinations differ</source>
        <translation>XML と .obk の書き込み先が異なる</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Rebuild the .obk from this XML, or give the matching pair.</source>
        <translation>この XML から .obk を再作成するか、対応する組み合わせを指定してください。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>.obk was not built from this XML</source>
        <translation>.obk がこの XML から作成されていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML and .obk flags differ</source>
        <translation>XML と .obk のフラグが異なる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML password differs from the .obk</source>
        <translation>XML のパスワードが .obk と異なる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML and .obk permissions differ</source>
        <translation>XML と .obk の権限が異なる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML has no password</source>
        <translation>XML にパスワードがない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML permission missing or invalid</source>
        <translation>XML の権限がないか無効</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root key missing for the XML</source>
        <translation>XML に対応するルート鍵がない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the root public key the XML names.</source>
        <translation>XML に記載されたルート公開鍵を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML root key not read</source>
        <translation>XML のルート鍵を読み取れなかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the XML next to its Keys folder, as in ST&apos;s package.</source>
        <translation>ST のパッケージと同様に、XML を Keys フォルダーと同じ場所に置いてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML root key differs from the chain</source>
        <translation>XML のルート鍵が証明書チェーンと異なる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision and sign with the same root key.</source>
        <translation>プロビジョニングと署名には同じルート鍵を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown part number</source>
        <translation>不明な品番</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the part number; the hint lists close matches or the known lines.</source>
        <translation>品番を確認してください。ヒントに近い候補または既知の製品ラインが表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job cancelled</source>
        <translation>ジョブがキャンセルされた</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the action again when ready.</source>
        <translation>準備ができたら、操作を再実行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job has nothing to run</source>
        <translation>ジョブに実行する処理がない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it with the journal.</source>
        <translation>ジャーナルを添えて報告してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job stopped on an unexpected error</source>
        <translation>予期しないエラーでジョブが停止した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it and attach the journal, which holds the events that led to it.</source>
        <translation>原因に至るイベントが記録されたジャーナルを添付して報告してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe session not open</source>
        <translation>プローブセッションが開かれていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the probe again, then repeat the action.</source>
        <translation>プローブを再度開いてから、操作を繰り返してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event line is not valid</source>
        <translation>イベント行が無効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do; the events around it are unaffected.</source>
        <translation>対処は不要です。前後のイベントには影響ありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged journal line</source>
        <translation>ジャーナルの行が破損している</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do; the other lines were read.</source>
        <translation>対処は不要です。他の行は読み込まれました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal folder cannot be created</source>
        <translation>ジャーナルフォルダーを作成できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Check that the data folder is writable; events are shown but not saved.</source>
        <translation>データフォルダーが書き込み可能か確認してください。イベントは表示されますが、保存されません。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Journal file cannot be created</source>
        <translation>ジャーナルファイルを作成できない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal cannot be read</source>
        <translation>ジャーナルを読み取れない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event not saved to the journal</source>
        <translation>イベントがジャーナルに保存されなかった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space; events are still shown but not saved.</source>
        <translation>ディスクの空き容量を確保してください。イベントは引き続き表示されますが、保存されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lab probe URI</source>
        <translation>ラボプローブの URI が無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write lab:NAME (see rescue lab list) or lab:path/to/scenario.json.</source>
        <translation>lab:NAME (rescue lab list を参照) または lab:path/to/scenario.json と入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab board in use</source>
        <translation>ラボボードが使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the other command to finish or stop it, then try again.</source>
        <translation>他のコマンドの終了を待つか、それを停止してから再試行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault campaign found failures</source>
        <translation>フォールト注入キャンペーンで失敗が見つかった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat a failed run with the command printed next to it and read its journal.</source>
        <translation>失敗した実行を、その横に表示されたコマンドで再実行し、ジャーナルを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog lacks a flash register for the lab</source>
        <translation>カタログにラボ用のフラッシュレジスタがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check flashRegisters in the family&apos;s resources/devices file.</source>
        <translation>ファミリの resources/devices ファイルの flashRegisters を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab cannot build the chip</source>
        <translation>ラボでチップを構築できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the family&apos;s file in resources/devices.</source>
        <translation>resources/devices にあるファミリのファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid chip parameter in a scenario</source>
        <translation>シナリオ内のチップパラメーターが無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the value; core/sim/stm32/chip_parameters.h lists the keys.</source>
        <translation>値を修正してください。キーの一覧は core/sim/stm32/chip_parameters.h にあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External flash program crosses a page</source>
        <translation>外部フラッシュへの書き込みがページをまたいでいる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split the write at 256-byte page boundaries.</source>
        <translation>書き込みを256バイトのページ境界で分割してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address outside the external flash</source>
        <translation>アドレスが外部フラッシュの範囲外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the offset and length inside the external flash.</source>
        <translation>オフセットと長さを外部フラッシュの範囲内に収めてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant asks the lab chip for nothing</source>
        <translation>ラボチップに何も要求しない権限付与</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a permission that triggers an action, such as full-regression.</source>
        <translation>full-regression など、動作を伴う権限を要求してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family keeps no DA password in OTP</source>
        <translation>このファミリは DA パスワードを OTP に保持しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision the password method with its .obk for this family.</source>
        <translation>このファミリでは、パスワード方式をその .obk でプロビジョニングしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lab scenarios found</source>
        <translation>ラボシナリオが見つからない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set RESCUE_RESOURCE_DIR to the resources/ folder of the installation.</source>
        <translation>RESCUE_RESOURCE_DIR をインストール先の resources/ フォルダーに設定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab board cannot be saved</source>
        <translation>ラボボードを保存できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the scenario from a file (lab:NAME or lab:path/to/file.json).</source>
        <translation>シナリオをファイルから読み込んでください (lab:NAME または lab:path/to/file.json)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab boot ROM refused the .obk size</source>
        <translation>ラボのブート ROM が .obk のサイズを拒否した</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab chip refused the .obk destination</source>
        <translation>ラボチップが .obk の書き込み先を拒否した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the .obk made for this family.</source>
        <translation>このファミリ用に作成された .obk を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip not in Provisioning</source>
        <translation>ラボチップが Provisioning 状態ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the chip to Provisioning first.</source>
        <translation>先にチップを Provisioning に移行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the option change</source>
        <translation>ラボチップがオプションの変更を拒否した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the change with rescue ob check.</source>
        <translation>rescue ob check で変更内容を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the product state</source>
        <translation>ラボチップが製品状態を拒否した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the move with rescue ob check and go through the allowed states.</source>
        <translation>rescue ob check で遷移を確認し、許可された状態を順に経由してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regression already running</source>
        <translation>リグレッションはすでに実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the running regression to finish.</source>
        <translation>実行中のリグレッションが完了するまで待ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regression not possible in this state</source>
        <translation>この状態ではリグレッションできない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chip&apos;s state and the regression&apos;s requirements.</source>
        <translation>チップの状態とリグレッションの要件を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug re-open without a level</source>
        <translation>レベル指定のないデバッグ再オープン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a debug re-open permission that names a level.</source>
        <translation>レベルを指定したデバッグ再オープンの権限を要求してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug re-open not allowed</source>
        <translation>デバッグ再オープンは許可されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a regression instead, if the state allows one.</source>
        <translation>状態が許す場合は、代わりにリグレッションを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an option register address</source>
        <translation>オプションレジスタのアドレスではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the address of an option register of this family.</source>
        <translation>このファミリのオプションレジスタのアドレスを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product state not set through the ROM</source>
        <translation>製品状態は ROM 経由では設定されない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program the product state through the option bytes (rescue ob write).</source>
        <translation>製品状態はオプションバイトで書き込んでください (rescue ob write)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved lab board state unusable</source>
        <translation>保存されたラボボードの状態を使用できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run rescue lab reset NAME to start again from the scenario.</source>
        <translation>rescue lab reset NAME を実行して、シナリオからやり直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved lab board state malformed</source>
        <translation>保存されたラボボードの状態の形式が不正</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Reset the lab board to its scenario (rescue lab reset).</source>
        <translation>ラボボードをシナリオの状態にリセットしてください (rescue lab reset)。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>State not expressible in option bytes</source>
        <translation>オプションバイトで表現できない状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the scenario&apos;s option bytes and lifecycle agree.</source>
        <translation>シナリオのオプションバイトとライフサイクルを一致させてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved state is for another part</source>
        <translation>保存された状態は別の品番用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab store file error</source>
        <translation>ラボストアのファイルエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the data directory is writable and the disk is not full.</source>
        <translation>データディレクトリが書き込み可能で、ディスクに空きがあることを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected area removed</source>
        <translation>保護領域が削除される</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area outside the bank</source>
        <translation>領域がバンクの範囲外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the area inside the bank&apos;s sectors, or set start after end for no area.</source>
        <translation>領域をバンクのセクター内に収めるか、領域なしにする場合は開始を終了より後に設定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle move goes backwards</source>
        <translation>ライフサイクルの逆方向への遷移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back with a DA regression (rescue da auth --permission full-regression).</source>
        <translation>DA リグレッションで戻してください (rescue da auth --permission full-regression)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot address outside boot memory</source>
        <translation>ブートアドレスがブートメモリの範囲外</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point it at the application&apos;s vector table, as ST&apos;s scripts do.</source>
        <translation>ST のスクリプトと同様に、アプリケーションのベクターテーブルを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot address in the other security domain</source>
        <translation>ブートアドレスが別のセキュリティドメインにある</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the alias that matches the field&apos;s security domain.</source>
        <translation>フィールドのセキュリティドメインに合ったエイリアスを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot lock is permanent</source>
        <translation>ブートロックは永久的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the boot address first; leave the lock at 0xC3 while developing.</source>
        <translation>先にブートアドレスを確認してください。開発中はロックを 0xC3 のままにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog lacks a FLASH register</source>
        <translation>カタログに FLASH レジスタがない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the family&apos;s file in resources/devices (docs/device-catalog.md).</source>
        <translation>resources/devices にあるファミリのファイルを確認してください (docs/device-catalog.md)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option bytes changed since read</source>
        <translation>読み取り後にオプションバイトが変更された</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read them again, then make the change over what is there now.</source>
        <translation>再度読み取り、現在の内容に対して変更を行ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing debug</source>
        <translation>デバッグをクローズする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the DA credentials (keys, certificates or password) safe before closing.</source>
        <translation>クローズする前に、DA の認証情報 (鍵、証明書、パスワード) を安全に保管してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing without DA provisioned</source>
        <translation>DA をプロビジョニングせずにクローズする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision the DA configuration in Provisioning and check it before closing.</source>
        <translation>クローズする前に、Provisioning 状態で DA 設定をプロビジョニングし、検査してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug locked for good</source>
        <translation>デバッグが永久にロックされる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0x51 (certificates) or 0x8A (password) instead.</source>
        <translation>代わりに 0x51 (証明書) または 0x8A (パスワード) を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash error after erase</source>
        <translation>消去後にフラッシュエラー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the option bytes and erase again after a reset.</source>
        <translation>オプションバイトを読み取り、リセット後に再度消去してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase cut short</source>
        <translation>消去が途中で中断された</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the board&apos;s power and reset line, then erase again.</source>
        <translation>ボードの電源とリセットラインを確認してから、再度消去してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase refused by write protection</source>
        <translation>書き込み保護により消去が拒否された</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear write protection first (the hint gives the command), then erase again.</source>
        <translation>先に書き込み保護を解除してから (コマンドはヒントに表示)、再度消去してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field frozen by a boot lock</source>
        <translation>ブートロックによりフィールドが固定されている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the field as it is; nothing clears the boot lock.</source>
        <translation>フィールドはそのままにしてください。ブートロックを解除する方法はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field frozen in this state</source>
        <translation>この状態ではフィールドが固定されている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change it in a state where it is writable, such as Open after a DA regression.</source>
        <translation>DA リグレッション後の Open 状態など、書き込み可能な状態で変更してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide-protected area</source>
        <translation>非表示保護 (HDP) 領域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep only boot-time secrets and code there.</source>
        <translation>ブート時にのみ必要な機密情報とコードだけを配置してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide-protected area holds the boot address</source>
        <translation>非表示保護 (HDP) 領域にブートアドレスが含まれている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide only the secure boot loader&apos;s sectors; boot the application outside.</source>
        <translation>セキュアブートローダーのセクターのみを非表示にし、アプリケーションはその外側から起動してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Not a valid code for the field</source>
        <translation>フィールドに対して有効なコードではない</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Use one of the listed values (rescue ob read shows them).</source>
        <translation>一覧に示された値のいずれかを使用してください (rescue ob read で表示されます)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug link drops on a state change</source>
        <translation>状態変更時にデバッグリンクが切断される</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locking the chip for good</source>
        <translation>チップを永久にロックする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close with Closed (0x72) instead, which DA can still reopen.</source>
        <translation>代わりに Closed (0x72) でクローズしてください。この状態なら DA で再オープンできます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip is Locked</source>
        <translation>チップは Locked 状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be done through the debug port.</source>
        <translation>デバッグポートからは何もできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such flash bank</source>
        <translation>該当するフラッシュバンクがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use --mass, or a bank number the part has.</source>
        <translation>--mass を使用するか、この品番に存在するバンク番号を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target not identified</source>
        <translation>ターゲットを識別できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run rescue connect to see what answers.</source>
        <translation>rescue connect を実行して、何が応答するか確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family has no TZ-Closed state</source>
        <translation>このファミリには TZ-Closed 状態がない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close with Closed (0x72) instead.</source>
        <translation>代わりに Closed (0x72) でクローズしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVSTATE is not written directly</source>
        <translation>NVSTATE は直接書き込まない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request the Closed product state (0x72) instead.</source>
        <translation>代わりに製品状態 Closed (0x72) を要求してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to closed in one step</source>
        <translation>Open からクローズ状態への一足飛びの遷移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Provisioning, provision and check DA, then close.</source>
        <translation>Provisioning に移行し、DA をプロビジョニングして検査してから、クローズしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip refused the option change</source>
        <translation>チップがオプションの変更を拒否した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the option bytes and check the change with rescue ob check.</source>
        <translation>オプションバイトを読み取り、rescue ob check で変更内容を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locking OTP blocks for good</source>
        <translation>OTP ブロックを永久にロックする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program the OTP content and check it before locking.</source>
        <translation>ロックする前に OTP の内容を書き込み、確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entering Provisioning</source>
        <translation>Provisioning への移行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the DA configuration (.obk) ready to provision right after this step.</source>
        <translation>この手順の直後にプロビジョニングできるよう、DA 設定 (.obk) を用意しておいてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field is read-only</source>
        <translation>フィールドは読み取り専用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it as read.</source>
        <translation>読み取った値のままにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change refused by the validator</source>
        <translation>バリデーターが変更を拒否した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the findings and do what they suggest instead.</source>
        <translation>検出結果を確認し、代わりにその提案に従ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to Open needs a DA regression</source>
        <translation>Open に戻すには DA リグレッションが必要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run rescue da auth --permission full-regression with the provisioned credentials.</source>
        <translation>プロビジョニングした認証情報を使用して rescue da auth --permission full-regression を実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State move needs another field first</source>
        <translation>状態遷移の前に別のフィールドの設定が必要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the required field first, in its own write while Open or Provisioning.</source>
        <translation>Open または Provisioning 状態のうちに、必要なフィールドを先に単独の書き込みで設定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change touches reserved bits</source>
        <translation>変更が予約ビットに及んでいる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change named fields only.</source>
        <translation>名前付きのフィールドのみを変更してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secure watermark area</source>
        <translation>セキュアウォーターマーク領域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the secure application fits inside the area.</source>
        <translation>セキュアアプリケーションが領域内に収まることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-only bits would be cleared</source>
        <translation>セット専用ビットがクリアされる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep every bit that is already set.</source>
        <translation>すでにセットされているビットはすべて維持してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a product-state code</source>
        <translation>製品状態コードではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the listed product-state codes.</source>
        <translation>一覧に示された製品状態コードのいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State entered only by the hardware</source>
        <translation>ハードウェアのみが遷移できる状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the regression itself with rescue da auth --permission full-regression.</source>
        <translation>rescue da auth --permission full-regression でリグレッション自体を実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product state in force unknown</source>
        <translation>現在の製品状態が不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the option bytes again (rescue ob read).</source>
        <translation>オプションバイトを再度読み取ってください (rescue ob read)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid TCM share value</source>
        <translation>TCM 共有の値が無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0, 1, 2 or 3.</source>
        <translation>0、1、2、3 のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash stayed busy</source>
        <translation>フラッシュがビジー状態のまま</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power-cycle the board and read the option bytes again before retrying.</source>
        <translation>再試行する前に、ボードの電源を入れ直してオプションバイトを再度読み取ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrustZone setting changes</source>
        <translation>TrustZone 設定の変更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision the DA configuration that matches the new TZEN.</source>
        <translation>新しい TZEN に合った DA 設定をプロビジョニングしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TZEN not changeable in this state</source>
        <translation>この状態では TZEN を変更できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the chip back to Open with a DA regression first.</source>
        <translation>先に DA リグレッションでチップを Open に戻してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irreversible change not confirmed</source>
        <translation>元に戻せない変更が確認されていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the confirmation phrase exactly (--confirm).</source>
        <translation>確認フレーズを正確に入力してください (--confirm)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition not confirmed by the manual</source>
        <translation>リファレンスマニュアルで確認されていない遷移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do; check the result after the move.</source>
        <translation>対処は不要です。遷移後に結果を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash unlock refused</source>
        <translation>フラッシュのロック解除が拒否された</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset or power-cycle the board, then try again.</source>
        <translation>ボードをリセットするか電源を入れ直してから、再試行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes not readable</source>
        <translation>オプションバイトを読み取れない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the chip with Debug Authentication, then read them again.</source>
        <translation>デバッグ認証でチップを再オープンしてから、再度読み取ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip did not take the change</source>
        <translation>チップに変更が反映されなかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the change with rescue ob check; nothing was retried.</source>
        <translation>rescue ob check で変更内容を確認してください。再試行は行われていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole bank write-protected</source>
        <translation>バンク全体が書き込み保護される</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect only the boot code&apos;s sectors; clear WRP before any mass erase.</source>
        <translation>ブートコードのセクターのみを保護してください。一括消去の前には必ず WRP を解除してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectors become write-protected</source>
        <translation>セクターが書き込み保護される</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect only what the boot code needs; clear WRP before erasing.</source>
        <translation>ブートコードに必要な部分のみを保護してください。消去の前に WRP を解除してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value not understood</source>
        <translation>値を解釈できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a number (0x1F, 0b101 or 31) or one of the field&apos;s value names.</source>
        <translation>数値 (0x1F、0b101、31) またはフィールドの値の名前のいずれかを入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use one of the valid values the hint lists.</source>
        <translation>ヒントに示された有効な値のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option-byte file for another family</source>
        <translation>別のファミリ用のオプションバイトファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a file exported from a board of the same family.</source>
        <translation>同じファミリのボードからエクスポートしたファイルをインポートしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid fields in the option-byte file</source>
        <translation>オプションバイトファイルのフィールドが無効</translation>
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
        <translation>rescue ob read --export FILE でボードをエクスポートし、形式を確認してください。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not an option-byte export</source>
        <translation>オプションバイトのエクスポートファイルではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option-byte file is not valid JSON</source>
        <translation>オプションバイトファイルが有効な JSON ではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid part in the option-byte file</source>
        <translation>オプションバイトファイルの品番が無効</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown register in the option-byte file</source>
        <translation>オプションバイトファイルに不明なレジスタがある</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid registers in the option-byte file</source>
        <translation>オプションバイトファイルのレジスタが無効</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register value is not a 32-bit number</source>
        <translation>レジスタ値が32ビットの数値ではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write protection for a missing bank</source>
        <translation>存在しないバンクに対する書き込み保護</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the part is identified correctly (rescue connect).</source>
        <translation>品番が正しく識別されていることを確認してください (rescue connect)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such flash sector</source>
        <translation>該当するフラッシュセクターがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a sector number the part has.</source>
        <translation>この品番に存在するセクター番号を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field cannot be told from the registers</source>
        <translation>レジスタからフィールドを判別できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a DA discovery (rescue da discover) to tell the state.</source>
        <translation>DA ディスカバリ (rescue da discover) で状態を判別してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a write-protection field</source>
        <translation>書き込み保護フィールドではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name a write-protection field of this family.</source>
        <translation>このファミリの書き込み保護フィールドを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field set only through the boot ROM</source>
        <translation>ブート ROM 経由でのみ設定されるフィールド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the product-state transition, which goes through the boot ROM service.</source>
        <translation>ブート ROM サービスを経由する製品状態遷移を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a NAME=VALUE assignment</source>
        <translation>NAME=VALUE 形式の代入ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write it like PRODUCT_STATE=0x17 or SWAP_BANK=0.</source>
        <translation>PRODUCT_STATE=0x17 や SWAP_BANK=0 のように入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option-byte field</source>
        <translation>不明なオプションバイトフィールド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name; the hint lists close matches.</source>
        <translation>名前を確認してください。ヒントに近い候補が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option register</source>
        <translation>不明なオプションレジスタ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the register name against rescue ob read.</source>
        <translation>rescue ob read の出力とレジスタ名を照合してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value too wide for the field</source>
        <translation>値がフィールドの幅を超えている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a value that fits; for an address field, write the shifted value.</source>
        <translation>収まる値を指定してください。アドレスフィールドにはシフトした値を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several probes, none named</source>
        <translation>複数のプローブがあり、どれも指定されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one probe by its serial, as the hint shows.</source>
        <translation>ヒントに示されたとおり、シリアル番号でプローブを1つ指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access port does not answer</source>
        <translation>アクセスポートが応答しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use another access port, or open the chip with Debug Authentication.</source>
        <translation>別のアクセスポートを使用するか、デバッグ認証でチップをオープンしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed reply from the probe</source>
        <translation>プローブからの応答の形式が不正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and reconnect the probe; if it repeats, update its firmware.</source>
        <translation>プローブを取り外して再接続してください。繰り返し発生する場合は、ファームウェアを更新してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid probe URI</source>
        <translation>プローブ URI が無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the probe as rescue probes lists it.</source>
        <translation>rescue probes の一覧に表示されるとおりにプローブを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe disconnected</source>
        <translation>プローブが切断された</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+246"/>
        <source>Reconnect the probe and open it again.</source>
        <translation>プローブを再接続し、再度開いてください。</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>SWD link error</source>
        <translation>SWD リンクエラー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower the SWD clock, check the wires, or connect under reset.</source>
        <translation>SWD クロックを下げるか、配線を確認するか、リセット中に接続してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target answered FAULT</source>
        <translation>ターゲットが FAULT を応答した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the address and access port; a closed chip may need Debug Authentication.</source>
        <translation>アドレスとアクセスポートを確認してください。クローズ状態のチップではデバッグ認証が必要な場合があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe firmware too old</source>
        <translation>プローブのファームウェアが古すぎる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the probe&apos;s firmware with STM32CubeProgrammer or ST-LinkUpgrade.</source>
        <translation>STM32CubeProgrammer または ST-LinkUpgrade でプローブのファームウェアを更新してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe in use by another client</source>
        <translation>プローブが他のクライアントで使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the other tool&apos;s debug session (STM32CubeIDE, OpenOCD) and try again.</source>
        <translation>他のツール (STM32CubeIDE、OpenOCD) のデバッグセッションを終了してから、再試行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polled value never matched</source>
        <translation>ポーリングした値が一致しなかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the target is powered and running, then try again.</source>
        <translation>ターゲットに電源が供給され、動作していることを確認してから、再試行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unaligned memory access</source>
        <translation>アラインされていないメモリアクセス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an address and a length that are multiples of the access width.</source>
        <translation>アクセス幅の倍数となるアドレスと長さを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe type not available</source>
        <translation>プローブの種類が利用できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a probe URI of a supported kind; rescue probes lists them.</source>
        <translation>サポートされている種類のプローブ URI を使用してください。rescue probes で一覧を表示できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power the board, check VREF, SWDIO, SWCLK and GND, or connect under reset.</source>
        <translation>ボードに電源を供給し、VREF、SWDIO、SWCLK、GND を確認するか、リセット中に接続してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe not found</source>
        <translation>プローブが見つからない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the USB cable and the udev rule; rescue probes lists what is seen.</source>
        <translation>USB ケーブルと udev ルールを確認してください。rescue probes で認識されているものを一覧表示できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK version reply not decodable</source>
        <translation>ST-LINK のバージョン応答をデコードできない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug the probe and plug it back in; if it persists, update its firmware.</source>
        <translation>プローブを取り外して再度差し込んでください。解決しない場合は、ファームウェアを更新してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe did not answer in time</source>
        <translation>プローブが時間内に応答しなかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and reconnect the probe; if the target is stuck, connect under reset.</source>
        <translation>プローブを取り外して再接続してください。ターゲットが停止したままの場合は、リセット中に接続してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation not supported by the probe</source>
        <translation>プローブがサポートしていない操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a supported probe and firmware, or do what the hint suggests.</source>
        <translation>サポートされているプローブとファームウェアを使用するか、ヒントの提案に従ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe cannot be used for debugging</source>
        <translation>プローブをデバッグに使用できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an ST-LINK/V2 or later, or finish the firmware update and replug it.</source>
        <translation>ST-LINK/V2 以降を使用するか、ファームウェアの更新を完了してから差し直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target kept answering WAIT</source>
        <translation>ターゲットが WAIT を応答し続けた</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again; if it persists, connect under reset.</source>
        <translation>再試行してください。解決しない場合は、リセット中に接続してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording file cannot be created</source>
        <translation>記録ファイルを作成できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file in a folder you can write to.</source>
        <translation>書き込み可能なフォルダー内のファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording could not be written</source>
        <translation>記録を書き込めなかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space or record to another file.</source>
        <translation>ディスクの空き容量を確保するか、別のファイルに記録してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wizard run for the support bundle</source>
        <translation>サポートバンドル用のウィザード実行がない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the wizard first.</source>
        <translation>先にウィザードを実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal missing from the support bundle</source>
        <translation>サポートバンドルにジャーナルがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach the journal from the workbench&apos;s data folder yourself.</source>
        <translation>ワークベンチのデータフォルダーにあるジャーナルをご自身で添付してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle cannot be written</source>
        <translation>サポートバンドルを書き込めない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder you can write to, with some free space.</source>
        <translation>空き容量があり、書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wizard cancelled</source>
        <translation>ウィザードがキャンセルされた</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the wizard again when ready.</source>
        <translation>準備ができたら、ウィザードを再実行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset strategy not remembered</source>
        <translation>リセット方法を記憶できなかった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the data folder is writable; the wizard works without it.</source>
        <translation>データフォルダーが書き込み可能か確認してください。ウィザードはこれがなくても動作します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device catalog not loaded</source>
        <translation>デバイスカタログが読み込まれていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the installation&apos;s resources folder (RESCUE_RESOURCE_DIR).</source>
        <translation>インストール先の resources フォルダー (RESCUE_RESOURCE_DIR) を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip family not known</source>
        <translation>チップのファミリが不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the diagnosis first.</source>
        <translation>先に診断を実行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes not read</source>
        <translation>オプションバイトが読み取られていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Run the option-byte step first.</source>
        <translation>先にオプションバイトの手順を実行してください。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Part not known</source>
        <translation>品番が不明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request word lost during the reset</source>
        <translation>リセット中に要求ワードが失われた</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check SWDIO, SWCLK and that the button holds NRST low, then try again.</source>
        <translation>SWDIO、SWCLK と、ボタンが NRST を Low に保持することを確認してから、再試行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wizard did not finish in time</source>
        <translation>ウィザードが時間内に完了しなかった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run it again; if it repeats, report it with the journal.</source>
        <translation>再実行してください。繰り返し発生する場合は、ジャーナルを添えて報告してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validator refused the WRP fix</source>
        <translation>バリデーターが WRP の修正を拒否した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the finding in the hint; a DA regression may be needed first.</source>
        <translation>ヒントの検出結果を確認してください。先に DA リグレッションが必要な場合があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording cannot be read</source>
        <translation>記録を読み取れない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay a copy without the bad line, or record the session again.</source>
        <translation>問題のある行を除いたコピーをリプレイするか、セッションを記録し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay left the recording</source>
        <translation>リプレイが記録から外れた</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay with the same command, options and credentials as the recording.</source>
        <translation>記録時と同じコマンド、オプション、認証情報でリプレイしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording ended early</source>
        <translation>記録が途中で終わった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay it with the command that was recorded.</source>
        <translation>記録されたコマンドでリプレイしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded error without a code</source>
        <translation>コードのない記録済みエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the recorded message; record the session again if needed.</source>
        <translation>記録されたメッセージを確認してください。必要に応じてセッションを記録し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lab scenario</source>
        <translation>ラボシナリオが無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the field the message names; docs/lab.md describes the format.</source>
        <translation>メッセージに示されたフィールドを修正してください。形式は docs/lab.md に記載されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown lab scenario</source>
        <translation>不明なラボシナリオ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a shipped name (rescue lab list) or a path to a scenario .json file.</source>
        <translation>付属のシナリオ名 (rescue lab list) またはシナリオの .json ファイルへのパスを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario file cannot be read</source>
        <translation>シナリオファイルを読み取れない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path; rescue lab list shows the shipped scenarios.</source>
        <translation>パスを確認してください。付属のシナリオは rescue lab list で表示できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab ROM does not know the command</source>
        <translation>ラボの ROM が認識できないコマンド</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Check the host&apos;s ADAC exchange; from the workbench it is a bug to report.</source>
        <translation>ホスト側の ADAC のやり取りを確認してください。ワークベンチから発生した場合はバグとして報告してください。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Scenario .obk has no DA method</source>
        <translation>シナリオの .obk に DA 方式がない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the scenario a DA_Config.obk or DA_ConfigWithPassword.obk.</source>
        <translation>シナリオに DA_Config.obk または DA_ConfigWithPassword.obk を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip lacks that DA method</source>
        <translation>ラボチップにその DA 方式がない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the credentials of the method the chip is provisioned for.</source>
        <translation>チップにプロビジョニングされている方式の認証情報を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials sent before AUTH_START</source>
        <translation>AUTH_START の前に認証情報が送信された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send AUTH_START first, then the credentials.</source>
        <translation>先に AUTH_START を送信してから、認証情報を送信してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH_RESPONSE too short</source>
        <translation>AUTH_RESPONSE が短すぎる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AUTH_RESPONSE of unknown type</source>
        <translation>不明なタイプの AUTH_RESPONSE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token sent out of order</source>
        <translation>トークンの送信順序が誤っている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the whole chain, then the token.</source>
        <translation>証明書チェーン全体を送信してから、トークンを送信してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the password</source>
        <translation>ラボチップがパスワードを拒否した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the password file the scenario provisions.</source>
        <translation>シナリオでプロビジョニングされたパスワードファイルを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab memory region does not fit</source>
        <translation>ラボのメモリ領域が収まらない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the region a size that fits the address space.</source>
        <translation>アドレス空間に収まるサイズを領域に指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab memory regions overlap</source>
        <translation>ラボのメモリ領域が重なっている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every region of a board its own address range.</source>
        <translation>ボードの各領域に固有のアドレス範囲を割り当ててください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid listen address</source>
        <translation>待ち受けアドレスが無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 127.0.0.1.</source>
        <translation>127.0.0.1 を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial too long for the server</source>
        <translation>シリアル番号がサーバーに対して長すぎる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the virtual probe a serial of at most 32 characters.</source>
        <translation>仮想プローブのシリアル番号は32文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate virtual probe serial</source>
        <translation>仮想プローブのシリアル番号が重複</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every virtual probe its own serial.</source>
        <translation>仮想プローブごとに固有のシリアル番号を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No virtual probe for the server</source>
        <translation>サーバー用の仮想プローブがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Report it with the command that was run.</source>
        <translation>実行したコマンドを添えて報告してください。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Server refuses a non-local address</source>
        <translation>サーバーがローカル以外のアドレスを拒否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen on 127.0.0.1, or allow other addresses explicitly if you mean it.</source>
        <translation>127.0.0.1 で待ち受けるか、意図している場合は他のアドレスを明示的に許可してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested reply too large</source>
        <translation>要求された応答が大きすぎる</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Have the client split its transfers to the server&apos;s limit.</source>
        <translation>クライアント側で転送をサーバーの上限に合わせて分割してください。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Request too large</source>
        <translation>要求が大きすぎる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server already running</source>
        <translation>サーバーはすでに実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running server before starting it again.</source>
        <translation>実行中のサーバーを停止してから、再度起動してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server socket error</source>
        <translation>サーバーのソケットエラー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another port, or stop the program that already uses it.</source>
        <translation>別のポートを選択するか、そのポートを使用中のプログラムを停止してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab server stopped unexpectedly</source>
        <translation>ラボサーバーが予期せず停止した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the command again; the board&apos;s state was saved.</source>
        <translation>コマンドを再実行してください。ボードの状態は保存されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown ST-LINK server command</source>
        <translation>不明な ST-LINK サーバーコマンド</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a client that speaks the ST-LINK server protocol, such as OpenOCD.</source>
        <translation>OpenOCD など、ST-LINK サーバープロトコルに対応したクライアントを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firmware does not fit the virtual model</source>
        <translation>ファームウェアが仮想モデルに合わない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a version of the model&apos;s generation, such as V2J46S7 or V3J17M10B6S1.</source>
        <translation>V2J46S7 や V3J17M10B6S1 など、そのモデルの世代のバージョンを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual probe serial too long</source>
        <translation>仮想プローブのシリアル番号が長すぎる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a serial of at most 32 characters.</source>
        <translation>シリアル番号は32文字以内にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown virtual ST-LINK model</source>
        <translation>不明な仮想 ST-LINK モデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the model names the hint lists.</source>
        <translation>ヒントに示されたモデル名のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core access port closed</source>
        <translation>コアのアクセスポートが閉じている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it with Debug Authentication; if it should be Open, connect under reset.</source>
        <translation>デバッグ認証でオープンしてください。Open 状態のはずの場合は、リセット中に接続してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check SWDIO, SWCLK and GND, lower the SWD clock, or try --mode under-reset.</source>
        <translation>SWDIO、SWCLK、GND を確認し、SWD クロックを下げるか、--mode under-reset を試してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target not powered</source>
        <translation>ターゲットに電源が供給されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power the board and connect the probe&apos;s T_VCC (VREF) pin to the board&apos;s supply.</source>
        <translation>ボードに電源を供給し、プローブの T_VCC (VREF) ピンをボードの電源に接続してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid ST-LINK server address</source>
        <translation>ST-LINK サーバーのアドレスが無効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the server as HOST:PORT, for example 127.0.0.1:7184.</source>
        <translation>サーバーを HOST:PORT の形式 (例: 127.0.0.1:7184) で指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong USB endpoint</source>
        <translation>USB エンドポイントが誤っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s USB PID and report it.</source>
        <translation>プローブの USB PID を確認し、報告してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe connection lost</source>
        <translation>プローブとの接続が失われた</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe sent more data than expected</source>
        <translation>プローブが想定より多くのデータを送信した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the probe firmware, or report the firmware version.</source>
        <translation>プローブのファームウェアを更新するか、ファームウェアのバージョンを報告してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe busy with another server client</source>
        <translation>プローブがサーバーの別のクライアントで使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the other tool to finish, or stop its debug session.</source>
        <translation>他のツールの処理が終わるまで待つか、そのデバッグセッションを停止してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK server could not open the probe</source>
        <translation>ST-LINK サーバーがプローブを開けなかった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close that program, or unplug and replug the probe.</source>
        <translation>そのプログラムを終了するか、プローブを抜き差ししてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request too large for the ST-LINK server</source>
        <translation>ST-LINK サーバーに対して要求が大きすぎる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ST-LINK server reported an error</source>
        <translation>ST-LINK サーバーがエラーを報告した</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the probes and open again; update or restart the ST-LINK server.</source>
        <translation>プローブを一覧表示して再度開いてください。ST-LINK サーバーを更新するか再起動してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to the ST-LINK server</source>
        <translation>ST-LINK サーバーに接続できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start stlink-server (or rescue lab serve) there, and check the host and port.</source>
        <translation>接続先で stlink-server (または rescue lab serve) を起動し、ホストとポートを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer timed out</source>
        <translation>転送がタイムアウトした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s cable; if the probe is stuck, unplug it and plug it back in.</source>
        <translation>プローブのケーブルを確認してください。プローブが応答しない場合は、取り外して再度差し込んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission for the USB device</source>
        <translation>USB デバイスへのアクセス権がない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the workbench&apos;s udev rule or the WinUSB driver, then replug the probe.</source>
        <translation>ワークベンチの udev ルールまたは WinUSB ドライバーをインストールし、プローブを差し直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is using the probe</source>
        <translation>別のプログラムがプローブを使用中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it, or share the probe through stlink-tcp://127.0.0.1:7184.</source>
        <translation>そのプログラムを終了するか、stlink-tcp://127.0.0.1:7184 経由でプローブを共有してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB transfer failed</source>
        <translation>USB 転送に失敗した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug and replug the probe; try another cable or USB port.</source>
        <translation>プローブを抜き差ししてください。別のケーブルまたは USB ポートを試してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB cannot start</source>
        <translation>USB を開始できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the system access to /dev/bus/usb, or use lab or ST-LINK server probes.</source>
        <translation>システムに /dev/bus/usb へのアクセスを許可するか、ラボまたは ST-LINK サーバーのプローブを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB device or interface gone</source>
        <translation>USB デバイスまたはインターフェイスがない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and replug the probe; if it persists, update its firmware.</source>
        <translation>プローブを抜き差ししてください。解決しない場合は、ファームウェアを更新してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB endpoint stalled</source>
        <translation>USB エンドポイントがストールした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the operation, and replug the probe if it happens again.</source>
        <translation>操作を再試行し、再発する場合はプローブを差し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed without a reason</source>
        <translation>理由不明の接続失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the last lines of the PROBE channel in the log.</source>
        <translation>ログの PROBE チャネルの最後の数行を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session failed without a reason</source>
        <translation>理由不明の DA セッション失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the DA lines of the log.</source>
        <translation>ログの DA の行を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files not chosen</source>
        <translation>証明書ファイルが選択されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the leaf key (key_3_leaf.pem) and the chain (cert_leaf_chain.b64).</source>
        <translation>リーフ鍵 (key_3_leaf.pem) と証明書チェーン (cert_leaf_chain.b64) を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password file not chosen</source>
        <translation>パスワードファイルが選択されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose ST&apos;s password.bin or a file holding the raw password.</source>
        <translation>ST の password.bin、または生のパスワードを含むファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option-byte job failed without a reason</source>
        <translation>理由不明のオプションバイトジョブ失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the OB lines of the log.</source>
        <translation>ログの OB の行を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated operator needs a lab board</source>
        <translation>シミュレートされたオペレーターにはラボボードが必要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick the simulated operator and press the board&apos;s RESET yourself.</source>
        <translation>シミュレートされたオペレーターのチェックを外し、ボードの RESET をご自身で押してください。</translation>
    </message>
</context>
<context>
    <name>IdentityReport</name>
    <message>
        <location filename="../core/device/target_identity_report.cpp" line="+34"/>
        <source>Connect mode</source>
        <translation>接続モード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target voltage</source>
        <translation>ターゲット電圧</translation>
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
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part</source>
        <translation>型番</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access port</source>
        <translation>アクセスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option byte</source>
        <translation>オプションバイト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core</source>
        <translation>コア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../ui/log_export.cpp" line="+26"/>
        <source>The log could not be written: %1.</source>
        <translation>ログを書き込めませんでした：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export file is not open for writing.</source>
        <translation>エクスポートファイルが書き込み用に開かれていません。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../ui/optionbytes/ob_jobs.cpp" line="+40"/>
        <source>Reading the option bytes</source>
        <translation>オプションバイトを読み取り中</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Checking the change</source>
        <translation>変更を確認中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programming the option bytes</source>
        <translation>オプションバイトを書き込み中</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Erasing</source>
        <translation>消去中</translation>
    </message>
    <message>
        <location filename="../ui/probe_jobs.cpp" line="+177"/>
        <source>Identifying the target</source>
        <translation>ターゲットを識別中</translation>
    </message>
    <message>
        <location filename="../core/auth/da_session.cpp" line="+71"/>
        <source>Connecting to the debug port</source>
        <translation>デバッグポートに接続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asserting target reset</source>
        <translation>ターゲットのリセットをアサート中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding the DBGMCU mailbox through AP0</source>
        <translation>AP0 経由で DBGMCU メールボックスを検索中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the request word</source>
        <translation>要求ワードを書き込み中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De-asserting target reset</source>
        <translation>ターゲットのリセットをデアサート中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the chip&apos;s answer</source>
        <translation>チップの応答を待機中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discovery</source>
        <translation>検出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the credentials</source>
        <translation>認証情報を確認中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requesting a challenge</source>
        <translation>チャレンジを要求中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending a certificate</source>
        <translation>証明書を送信中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the signed token</source>
        <translation>署名済みトークンを送信中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the password</source>
        <translation>パスワードを送信中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the chip through the granted action</source>
        <translation>許可された操作を実行中のチップを追跡中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the chip&apos;s state</source>
        <translation>チップの状態を読み取り中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown step</source>
        <translation>不明なステップ</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../core/recovery/diagnosis.cpp" line="+143"/>
        <source>Probe and firmware</source>
        <translation>プローブとファームウェア</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Target voltage</source>
        <translation>ターゲット電圧</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Access ports</source>
        <translation>アクセスポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core</source>
        <translation>コア</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NRST wiring</source>
        <translation>NRST の配線</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <location line="+4"/>
        <location filename="../core/recovery/plan_steps.cpp" line="+247"/>
        <source>Option bytes</source>
        <translation>オプションバイト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <location filename="../core/recovery/recovery_plan.cpp" line="+35"/>
        <source>Nothing to recover</source>
        <translation>復旧の必要はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board is healthy</source>
        <translation>ボードは正常です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the write protection, then erase</source>
        <translation>書き込み保護を解除してから消去</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Debug Authentication regression back to Open, then make the flash erasable</source>
        <translation>デバッグ認証のリグレッションで Open に戻し、フラッシュを消去可能にする</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find out whether DA is provisioned, then regress or provision it</source>
        <translation>DA がプロビジョニング済みか確認し、リグレッションまたはプロビジョニングを行う</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provision Debug Authentication before anything else</source>
        <translation>まずデバッグ認証をプロビジョニングする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No way back with the wizard</source>
        <translation>ウィザードでは元に戻せません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict and what remains possible</source>
        <translation>判定とまだ可能なこと</translation>
    </message>
    <message>
        <location filename="../core/recovery/plan_steps.cpp" line="-162"/>
        <source>Debug Authentication</source>
        <translation>デバッグ認証</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Write protection</source>
        <translation>書き込み保護</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mass erase</source>
        <translation>一括消去</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Provision Debug Authentication</source>
        <translation>デバッグ認証をプロビジョニング</translation>
    </message>
    <message>
        <location filename="../core/recovery/prompts.cpp" line="+11"/>
        <source>Press and hold RESET</source>
        <translation>RESET を押したままにしてください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Release RESET</source>
        <translation>RESET を離してください</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run the plan?</source>
        <translation>プランを実行しますか？</translation>
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
        <translation>Rescue Workbench：STM32H5 および STM32H7RS ボードを復旧します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to this probe once it is listed (usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME or replay:FILE).</source>
        <translation>このプローブが一覧に表示されたら接続します (usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME または replay:FILE)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start, find the device catalog and the lab&apos;s boards, say what was found and quit (exit status 0 when the installation is complete).</source>
        <translation>起動してデバイスカタログとラボのボードを検出し、見つかった内容を表示して終了します (インストールが完全な場合、終了ステータスは 0)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this language for this run: en, de, fr, ja or zh_CN (View &gt; Language saves a choice).</source>
        <translation>今回の実行で使用する言語：en、de、fr、ja、zh_CN のいずれか (「表示」&gt;「言語」で選択を保存できます)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rescue-workbench: no translation for %1; the languages are %2.</source>
        <translation>rescue-workbench：%1 の翻訳はありません。使用できる言語は %2 です。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::DaPanel</name>
    <message>
        <location filename="../ui/da_panel.cpp" line="+43"/>
        <source>Private keys (*.pem *.der *.key);;All files (*)</source>
        <translation>秘密鍵 (*.pem *.der *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chains (*.b64 *.pem *.cert);;All files (*)</source>
        <translation>証明書チェーン (*.b64 *.pem *.cert);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password files (*.bin *.txt);;All files (*)</source>
        <translation>パスワードファイル (*.bin *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to try</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+665"/>
        <source>&amp;Discover</source>
        <translation>検出(&amp;D)</translation>
    </message>
    <message>
        <location line="-662"/>
        <source>Reset the chip into its Debug Authentication loop and read what it reports and offers. Nothing is changed on the chip.</source>
        <translation>チップをリセットしてデバッグ認証ループに入れ、チップが報告・提示する内容を読み取ります。チップ上では何も変更されません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discover first</source>
        <translation>先に検出を実行してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+634"/>
        <source>&amp;Authenticate</source>
        <translation>認証(&amp;A)</translation>
    </message>
    <message>
        <location line="-630"/>
        <source>&amp;Permission</source>
        <translation>権限(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chip</source>
        <translation>チップ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>証明書(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The leaf private key and the certificate chain (root first) from your DA package.</source>
        <translation>DA パッケージに含まれるリーフ秘密鍵と証明書チェーン (ルートが先頭)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>パスワード(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ST&apos;s password.bin, or a file holding the raw password (STM32H503 and password-provisioned chips).</source>
        <translation>ST の password.bin、または生のパスワードを格納したファイル (STM32H503 およびパスワードでプロビジョニングされたチップ)。</translation>
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
        <translation>ファイルを選択します (%1)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key</source>
        <translation>鍵(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaf private key</source>
        <translation>リーフ秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hain</source>
        <translation>チェーン(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate chain, root first</source>
        <translation>証明書チェーン (ルートが先頭)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssword file</source>
        <translation>パスワードファイル(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password file</source>
        <translation>パスワードファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the files offline: certificates decoded, signatures, the key against the leaf, the permission against every mask. No board is touched.</source>
        <translation>ファイルをオフラインで確認します：証明書のデコード、署名、リーフに対する鍵、すべてのマスクに対する権限。ボードには一切触れません。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is encrypted. Its passphrase (not stored, not logged):</source>
        <translation>%1 は暗号化されています。パスフレーズ (保存もログ記録もされません)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a probe in the Devices panel: its board is the target.</source>
        <translation>「デバイス」パネルでプローブを選択してください。そのプローブのボードがターゲットになります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>ターゲット：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No problem found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (%2)</source>
        <translation>証明書 %1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DA discovery on %1</source>
        <translation>DA 検出 (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erase and regress</source>
        <translation>消去してリグレッション</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The credentials could not be loaded; the board was not touched.</source>
        <translation>認証情報を読み込めませんでした。ボードには触れていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Board: %2 behind %3.
This cannot be undone.</source>
        <translation>%1

ボード：%3 に接続された %2。
この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chip</source>
        <translation>チップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the user flash?</source>
        <translation>ユーザーフラッシュを消去しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: nothing was sent to the chip.</source>
        <translation>確認されませんでした。チップには何も送信していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not requested; the board is as it was.</source>
        <translation>%1 は要求されていません。ボードは元の状態のままです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DA authentication on %1</source>
        <translation>DA 認証 (%1)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (%1 ms)</source>
        <translation>  (%1 ms)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session was cancelled.</source>
        <translation>セッションはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 round trips, %2 ms%3.</source>
        <translation>往復 %1 回、%2 ms%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of lab time</source>
        <translation> (ラボ時間)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered in its Debug Authentication loop.</source>
        <translation>%1 がデバッグ認証ループで応答しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip</source>
        <translation>チップ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It offers %n permission(s); choose one and Authenticate.</source>
        <translation>
            <numerusform>%n 個の権限が提示されています。1 つ選択して「認証」をクリックしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lists no permissions (password chips do not): choose one of the family&apos;s and Authenticate.</source>
        <translation>権限が一覧表示されていません (パスワード方式のチップは一覧表示しません)。ファミリーの権限から 1 つ選択して「認証」をクリックしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open reached: %1 on %2 is back in Open.</source>
        <translation>Open に到達：%2 の %1 は Open に戻りました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication successful on %1.</source>
        <translation>%1 で認証に成功しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: %1 → %2.</source>
        <translation>状態：%1 → %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session failed.</source>
        <translation>セッションに失敗しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed at: %1.</source>
        <translation>失敗したステップ：%1。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>raw</source>
        <translation>生データ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (bit %2)</source>
        <translation>%1 (ビット %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The permissions the chip lists as &apos;permission if authorized&apos;.</source>
        <translation>チップが「permission if authorized」として一覧表示している権限です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip lists no permissions (password chips do not); these are the family&apos;s. The chip grants only what it was provisioned for.</source>
        <translation>チップは権限を一覧表示していません (パスワード方式のチップは一覧表示しません)。これらはファミリーの権限です。チップは、プロビジョニングされた内容のみを許可します。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Discovering…</source>
        <translation>検出中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticating…</source>
        <translation>認証中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a probe in the Devices panel first.</source>
        <translation>先に「デバイス」パネルでプローブを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover first: the permissions come from what the chip offers.</source>
        <translation>先に検出を実行してください。権限はチップが提示する内容から取得されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovery and authentication in one reset, then follow the chip through what it was granted.</source>
        <translation>1 回のリセットで検出と認証を行い、その後、許可された操作を実行するチップを追跡します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This erases.</source>
        <translation>この操作は消去を伴います。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::DevicePanel</name>
    <message>
        <location filename="../ui/device_panel.cpp" line="+68"/>
        <location line="+344"/>
        <location line="+7"/>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Probes and lab boards</source>
        <translation>プローブとラボボード</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Rescan</source>
        <translation>再スキャン(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for probes again (USB, the ST-LINK servers below and the lab).</source>
        <translation>プローブを再検索します (USB、下記の ST-LINK サーバー、ラボ)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ST-LINK server address (HOST:PORT)</source>
        <translation>ST-LINK サーバーのアドレス (HOST:PORT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ST-LINK server HOST:PORT</source>
        <translation>ST-LINK サーバー HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share a probe with STM32CubeIDE: the address of an ST-LINK server (stlink-server, default port 7184) to ask for probes on every scan.</source>
        <translation>STM32CubeIDE とプローブを共有します：スキャンのたびにプローブを問い合わせる ST-LINK サーバー (stlink-server、デフォルトポート 7184) のアドレスです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under reset</source>
        <translation>リセット中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot plug</source>
        <translation>ホットプラグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach, halt the core while it is read, then let it run again.</source>
        <translation>接続し、読み取り中はコアを停止して、その後再び実行させます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold NRST while attaching and catch the core at its reset vector.</source>
        <translation>接続中は NRST を保持し、リセットベクタでコアを捕捉します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach without reset or halt; the NRST wiring is not checked.</source>
        <translation>リセットも停止もせずに接続します。NRST の配線は確認されません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The core&apos;s access port: AP1 on STM32H5 and STM32H7RS; AP0 reaches only DBGMCU.</source>
        <translation>コアのアクセスポート：STM32H5 と STM32H7RS では AP1 です。AP0 からは DBGMCU にしかアクセスできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+468"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>&amp;Recover this board…</source>
        <translation>このボードを復旧(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the stuck-board wizard on the selected probe: checks, verdict, plan, steps.</source>
        <translation>選択したプローブでスタックしたボードのウィザードを開きます：チェック、判定、計画、ステップ。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mode</source>
        <translation>モード(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core &amp;AP</source>
        <translation>コア AP(&amp;A)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Scan for probes</source>
        <translation>プローブをスキャン</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>an unidentified device</source>
        <translation>不明なデバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers, but its core is out of reach</source>
        <translation>%1 は応答しますが、コアにアクセスできません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1: %2 round trips, %3 ms.</source>
        <translation>%1 に接続しました：往復 %2 回、%3 ms。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 was cancelled.</source>
        <translation>%1 への接続はキャンセルされました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1.</source>
        <translation>%1 に接続できませんでした。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a probe to connect to its target.</source>
        <translation>ターゲットに接続するには、プローブを選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serial %1</source>
        <translation>シリアル %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firmware %1</source>
        <translation>ファームウェア %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1 V</source>
        <translation>ターゲット %1 V</translation>
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
        <translation>未接続です：モードとコアのアクセスポートを選択し、「接続」をクリックしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last connection was cancelled before the target was read.</source>
        <translation>前回の接続は、ターゲットを読み取る前にキャンセルされました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>NRST: %1</source>
        <translation>NRST：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;%1&apos; is not a server address. Write it as HOST:PORT, for example 127.0.0.1:7184.</source>
        <translation>「%1」はサーバーアドレスではありません。HOST:PORT の形式で入力してください (例：127.0.0.1:7184)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+58"/>
        <source>ST-LINK servers asked on every scan: %1</source>
        <translation>スキャンのたびに問い合わせる ST-LINK サーバー：%1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Looking for probes…</source>
        <translation>プローブを検索中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No probe is attached.</source>
        <translation>プローブが接続されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 probe found.</source>
        <translation>1 個のプローブが見つかりました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 probes found.</source>
        <translation>%1 個のプローブが見つかりました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 virtual lab board listed.</source>
        <translation>1 台の仮想ラボボードが一覧にあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 virtual lab boards listed.</source>
        <translation>%1 台の仮想ラボボードが一覧にあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No virtual lab boards found.</source>
        <translation>仮想ラボボードが見つかりません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a probe first.</source>
        <translation>先にプローブを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This probe cannot be opened; see the note under its name.</source>
        <translation>このプローブは開けません。名前の下の注記を参照してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identify the target behind the selected probe and check its NRST wiring.</source>
        <translation>選択したプローブの先にあるターゲットを識別し、NRST の配線を確認します。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::EngineStatusWidget</name>
    <message>
        <location filename="../ui/engine_status_widget.cpp" line="+30"/>
        <source>Job progress</source>
        <translation>ジョブの進行状況</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cancel the running job; the board is left as the last finished step left it</source>
        <translation>実行中のジョブをキャンセルします。ボードは最後に完了したステップの状態のままになります</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine: %1</source>
        <translation>エンジン：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine: %1 — %2</source>
        <translation>エンジン：%1 — %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This step finishes on the chip whatever the computer does; Cancel is possible again after it</source>
        <translation>この手順はコンピューター側の操作に関係なくチップ上で最後まで実行されます。完了後に再びキャンセルできます</translation>
    </message>
</context>
<context>
    <name>rescue::ui::FieldGroups</name>
    <message>
        <location filename="../ui/optionbytes/field_groups.cpp" line="+70"/>
        <source>Set through the boot ROM service</source>
        <translation>ブート ROM サービスで設定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(boot ROM service %1)</source>
        <translation>(ブート ROM サービス %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hex, at most 0x%1</source>
        <translation>16 進数、最大 0x%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 does not fit %2: at most 0x%3. Nothing was taken.</source>
        <translation>%1 は %2 に収まりません：最大 0x%3 です。値は反映されていません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (not a listed value)</source>
        <translation>%1 (一覧にない値)</translation>
    </message>
</context>
<context>
    <name>rescue::ui::FindingsView</name>
    <message>
        <location filename="../ui/optionbytes/findings_view.cpp" line="+31"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irreversible</source>
        <translation>元に戻せない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky</source>
        <translation>危険</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>DA configuration: %1</source>
        <translation>DA 設定：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead: %1</source>
        <translation>代替案：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply will ask you to type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>「適用」時に次の入力を求められます：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The validator has nothing against this change.</source>
        <translation>検証ツールはこの変更に問題を見つけていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending change: edit a field, a WRP cell or the product state.</source>
        <translation>保留中の変更はありません：フィールド、WRP セル、または製品状態を編集してください。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LifecycleDiagram</name>
    <message>
        <location filename="../ui/optionbytes/lifecycle_diagram.cpp" line="+48"/>
        <source>Blue: the state in force. Green: a move the validator allows. Grey: refused or hardware-only (hover for why). Orange outline: the state asked for.</source>
        <translation>青：現在有効な状態。緑：検証ツールが許可する遷移。灰色：拒否またはハードウェアのみ (理由はマウスオーバーで表示)。オレンジの枠：要求された状態。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the state in force</source>
        <translation>現在有効な状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chip passes through it by itself; it cannot be asked for</source>
        <translation>チップが自動的に通過する状態です。要求することはできません</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LogModel</name>
    <message>
        <location filename="../ui/log_model.cpp" line="+25"/>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(job %1, session %2, event %3)</source>
        <translation>(ジョブ %1、セッション %2、イベント %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(event %1)</source>
        <translation>(イベント %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LogView</name>
    <message>
        <location filename="../ui/log_view.cpp" line="+49"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Copy lines</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a line to see when it was logged, by which job, and its fields.</source>
        <translation>行を選択すると、記録日時、記録したジョブ、およびそのフィールドが表示されます。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All levels</source>
        <translation>すべてのレベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>情報以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show lines of this level and above</source>
        <translation>このレベル以上の行を表示します</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+93"/>
        <location line="+138"/>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Channels appear here as lines arrive</source>
        <translation>行が届くと、ここにチャネルが表示されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>メッセージを検索</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest line in view</source>
        <translation>最新の行を常に表示します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As &amp;text…</source>
        <translation>テキスト形式(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;JSON lines…</source>
        <translation>JSON Lines 形式(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the lines the filter shows</source>
        <translation>フィルターで表示されている行を保存します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every line from this view (the journal on disk keeps them)</source>
        <translation>このビューからすべての行を削除します (ディスク上のジャーナルには残ります)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose which channels are shown</source>
        <translation>表示するチャネルを選択します</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <location line="+138"/>
        <source>Channels (%n hidden)</source>
        <translation>
            <numerusform>チャネル (%n 個非表示)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>No lines yet</source>
        <translation>まだ行がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 lines</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 に書き込めません：%2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 を保存できませんでした：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export log as text</source>
        <translation>ログをテキストとしてエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export log as JSON lines</source>
        <translation>ログを JSON Lines としてエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>テキストファイル (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
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
        <translation>ターゲット：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recording stopped: %1</source>
        <translation>記録を停止しました：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Recording to %1</source>
        <translation>● 記録中：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option bytes</source>
        <translation>オプションバイト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Debug Authentication</source>
        <translation>デバッグ認証</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover a stuck &amp;board…</source>
        <translation>スタックしたボードを復旧(&amp;B)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Debug Authentication…</source>
        <translation>デバッグ認証(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover, authenticate and regress the board behind the selected probe.</source>
        <translation>選択したプローブの先にあるボードを検出、認証し、リグレッションします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record session…</source>
        <translation>セッションを記録(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record every probe call to a file (passwords redacted), to replay it later</source>
        <translation>すべてのプローブ呼び出しをファイルに記録し (パスワードは伏せられます)、後でリプレイできるようにします</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record session to</source>
        <translation>セッションの記録先</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Probe recordings (*.jsonl);;All files (*)</source>
        <translation>プローブの記録 (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record session</source>
        <translation>セッションを記録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open recording…</source>
        <translation>記録を開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Open recording</source>
        <translation>記録を開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export log as &amp;text…</source>
        <translation>ログをテキストとしてエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export log as &amp;JSON lines…</source>
        <translation>ログを JSON Lines としてエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rescue Workbench</source>
        <translation>Rescue Workbench について(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language changes when Rescue Workbench starts again.</source>
        <translation>言語は Rescue Workbench の次回起動時に変更されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Rescue Workbench</source>
        <translation>Rescue Workbench について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rescue Workbench %1&lt;/h3&gt;&lt;p&gt;Recovers STM32H5 and STM32H7RS boards stuck after Debug Authentication provisioning or a product-state change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rescue Workbench %1&lt;/h3&gt;&lt;p&gt;デバッグ認証のプロビジョニングまたは製品状態の変更後にスタックした STM32H5 および STM32H7RS ボードを復旧します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnose the board behind the selected probe and walk through its recovery.</source>
        <translation>選択したプローブの先にあるボードを診断し、復旧の手順を順に案内します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery wizard needs a probe: select one in the device panel (a USB ST-LINK, a server or a lab board).</source>
        <translation>復旧ウィザードにはプローブが必要です：「デバイス」パネルでプローブ (USB ST-LINK、サーバー、またはラボボード) を選択してください。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::ManualResetPanel</name>
    <message>
        <location filename="../ui/wizard/manual_reset_panel.cpp" line="+48"/>
        <source>I&apos;m holding it</source>
        <translation>押しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release now</source>
        <translation>今すぐ離す</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>RESET button (lab board)
hold it down with the mouse</source>
        <translation>RESET ボタン (ラボボード)
マウスで押し続けてください</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>PRESS AND HOLD the lab board&apos;s RESET</source>
        <translation>ラボボードの RESET を押し続けてください</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRESS AND HOLD RESET</source>
        <translation>RESET を押し続けてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LET GO of the RESET button</source>
        <translation>RESET ボタンを離してください</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RELEASE RESET NOW</source>
        <translation>今すぐ RESET を離してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try %1. %2</source>
        <translation>%1 回目の試行。%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Hold the RESET button below down with the mouse and keep holding it.</source>
        <translation>
下の RESET ボタンをマウスで押し、そのまま押し続けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Let go of the mouse button: that releases RESET.</source>
        <translation>
マウスボタンを離してください：これで RESET が解除されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RESET held (lab board)
let go of the mouse button to release</source>
        <translation>RESET を押しています (ラボボード)
マウスボタンを離すと解除されます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No hurry: take your time to hold the button.</source>
        <translation>急ぐ必要はありません：落ち着いてボタンを押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After you let go, the workbench listens for the chip for %1 s.</source>
        <translation>ボタンを離した後、ワークベンチは %1 秒間チップの応答を待ちます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listening for the chip…</source>
        <translation>チップの応答を待機中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KEEP HOLDING the RESET button</source>
        <translation>RESET ボタンを押したままにしてください</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEEP HOLDING RESET</source>
        <translation>RESET を押したままにしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbench writes the request into the chip while you hold it…</source>
        <translation>押している間に、ワークベンチがチップに要求を書き込みます…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 s left</source>
        <translation>残り %1 秒</translation>
    </message>
</context>
<context>
    <name>rescue::ui::OptionBytePanel</name>
    <message>
        <location filename="../ui/option_byte_panel.cpp" line="+66"/>
        <source>%1 round trips, %2 ms%3.</source>
        <translation>往復 %1 回、%2 ms%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of lab time</source>
        <translation> (ラボ時間)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the option bytes of the target behind the probe selected in Devices.</source>
        <translation>「デバイス」で選択したプローブの先にあるターゲットのオプションバイトを読み取ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply…</source>
        <translation>適用…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the change on the chip, confirm what cannot be undone, then program and verify.</source>
        <translation>チップ上で変更を確認し、元に戻せない内容を確認してから、書き込みとベリファイを行います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop every pending change.</source>
        <translation>保留中の変更をすべて破棄します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option bytes as read to a JSON file (the CLI&apos;s format).</source>
        <translation>読み取ったオプションバイトを JSON ファイル (CLI の形式) に保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the option bytes of a JSON file the pending change.</source>
        <translation>JSON ファイルのオプションバイトを保留中の変更にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase (mass)…</source>
        <translation>消去 (一括)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase the whole user flash.</source>
        <translation>ユーザーフラッシュ全体を消去します。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clear every write-protection bit and program it, as the erase error offers.</source>
        <translation>消去エラーで提示されたとおり、すべての書き込み保護ビットをクリアして書き込みます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Product state</source>
        <translation>製品状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write protection</source>
        <translation>書き込み保護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Pending changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export option bytes</source>
        <translation>オプションバイトをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes (*.json)</source>
        <translation>オプションバイト (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import option bytes</source>
        <translation>オプションバイトをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes (*.json);;All files (*)</source>
        <translation>オプションバイト (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a probe in the Devices panel first.</source>
        <translation>先に「デバイス」パネルでプローブを選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read option bytes</source>
        <translation>オプションバイトの読み取り</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check option-byte change</source>
        <translation>オプションバイト変更の確認</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused: nothing was written. The findings say what to do instead.</source>
        <translation>拒否されました：何も書き込まれていません。代わりに行うべきことは所見を参照してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was written: the confirmation was cancelled.</source>
        <translation>何も書き込まれていません：確認がキャンセルされました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write option bytes</source>
        <translation>オプションバイトの書き込み</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erase the whole flash</source>
        <translation>フラッシュ全体の消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass erase deletes every byte of the user flash of %1. Continue?</source>
        <translation>一括消去により、%1 のユーザーフラッシュの全バイトが削除されます。続行しますか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mass erase</source>
        <translation>一括消去</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Read the option bytes first: there is nothing to export.</source>
        <translation>先にオプションバイトを読み取ってください：エクスポートする内容がありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1: check the path and its permissions.</source>
        <translation>%1 に書き込めませんでした：パスとそのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the option bytes first: an import is compared with what the chip holds.</source>
        <translation>先にオプションバイトを読み取ってください：インポート内容はチップが保持している値と比較されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file: choose the JSON file an export wrote.</source>
        <translation>%1 はファイルではありません：エクスポートで書き出された JSON ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2 bytes, far too large for an option-byte file: choose the JSON file an export wrote.</source>
        <translation>%1 は %2 バイトあり、オプションバイトファイルとしては大きすぎます：エクスポートで書き出された JSON ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1.</source>
        <translation>%1 を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1: it holds what the chip holds, nothing to change.</source>
        <translation>%1 をインポートしました：チップが保持している内容と同じため、変更はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %1: %n pending change(s).</source>
        <translation>
            <numerusform>%1 をインポートしました：保留中の変更は %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a probe in the Devices panel and press Read: the option bytes are read from the chip, never made up.</source>
        <translation>「デバイス」パネルでプローブを選択し、「読み取り」を押してください：オプションバイトは必ずチップから読み取られ、推測で作られることはありません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 — read through %3.</source>
        <translation>%1、%2 — %3 経由で読み取り。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not asked yet; Apply runs a DA discovery first (one reset).</source>
        <translation>まだ問い合わせていません。「適用」は最初に DA 検出を実行します (リセット 1 回)。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nothing was written: what was typed is not the phrase this change needs (%1). Type it exactly, or leave the chip as it is.</source>
        <translation>何も書き込まれていません：入力された内容は、この変更に必要なフレーズ (%1) と一致しません。正確に入力するか、チップをそのままにしてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apply the offered fix: %1</source>
        <translation>提示された修正を適用：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Option bytes read. %1</source>
        <translation>オプションバイトを読み取りました。%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written and verified.</source>
        <translation>書き込みとベリファイが完了しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to write.</source>
        <translation>書き込む内容がありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flash erased in %1 ms. %2</source>
        <translation>フラッシュを %1 ms で消去しました。%2</translation>
    </message>
</context>
<context>
    <name>rescue::ui::PendingDiffModel</name>
    <message>
        <location filename="../ui/optionbytes/pending_diff_model.cpp" line="+30"/>
        <source>(set by the boot ROM service %1)</source>
        <translation>(ブート ROM サービス %1 で設定)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
</context>
<context>
    <name>rescue::ui::PhraseDialog</name>
    <message>
        <location filename="../ui/optionbytes/phrase_dialog.cpp" line="+16"/>
        <source>Confirm an irreversible change</source>
        <translation>元に戻せない変更の確認</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tool can undo this change. Type each phrase exactly as shown to allow it; anything else writes nothing.</source>
        <translation>この変更はどのツールでも元に戻せません。許可するには、各フレーズを表示どおり正確に入力してください。それ以外の入力では何も書き込まれません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>入力：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write</source>
        <translation>書き込み</translation>
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
        <translation>モデル：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial: %1</source>
        <translation>シリアル：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware: %1</source>
        <translation>ファームウェア：%1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK server</source>
        <translation>ST-LINK サーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab</source>
        <translation>ラボ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>記録</translation>
    </message>
</context>
<context>
    <name>rescue::ui::RescueWizard</name>
    <message>
        <location filename="../ui/wizard/rescue_wizard.cpp" line="+28"/>
        <source>Recover a stuck board</source>
        <translation>スタックしたボードの復旧</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Done: the board is Open and erasable. Next shows the report.</source>
        <translation>完了：ボードは Open で消去可能です。「次へ」でレポートを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1. Next shows the report.</source>
        <translation>完了：%1。「次へ」でレポートを表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. The board is left as the log says.</source>
        <translation>キャンセルされました。ボードはログに記載された状態のままです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard stopped.</source>
        <translation>ウィザードが停止しました。</translation>
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
        <translation>デバッグ認証や製品状態のトラブルから STM32H5 および STM32H7RS ボードを復旧します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;ol&gt;&lt;li&gt;Attach a probe, or load the virtual lab (Devices panel).&lt;/li&gt;&lt;li&gt;Connect to the target: the workbench reads its state and option bytes.&lt;/li&gt;&lt;li&gt;Open the recovery wizard: it diagnoses the board, previews every change and asks before anything irreversible.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;プローブを接続するか、仮想ラボを読み込みます (「デバイス」パネル)。&lt;/li&gt;&lt;li&gt;ターゲットに接続します：ワークベンチがその状態とオプションバイトを読み取ります。&lt;/li&gt;&lt;li&gt;復旧ウィザードを開きます：ウィザードはボードを診断し、すべての変更をプレビューし、元に戻せない操作の前には必ず確認します。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardChecksPage</name>
    <message>
        <location filename="../ui/wizard/checks_page.cpp" line="+56"/>
        <source>Checking the board</source>
        <translation>ボードのチェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check says what it saw. Expand a check to read its evidence.</source>
        <translation>各チェックは確認した内容を表示します。チェックを展開すると、その根拠を確認できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it saw</source>
        <translation>確認した内容</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening the probe…</source>
        <translation>プローブを開いています…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checked: %1</source>
        <translation>チェック済み：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checks are done. Next shows the verdict.</source>
        <translation>チェックが完了しました。「次へ」で判定を表示します。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardPlanPage</name>
    <message>
        <location filename="../ui/wizard/plan_page.cpp" line="+19"/>
        <source>The plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been changed yet. Read what each step will do; steps marked irreversible ask again before they run.</source>
        <translation>まだ何も変更されていません。各ステップの内容を確認してください。元に戻せないステップは、実行前に再度確認を求めます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the plan</source>
        <translation>計画を実行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan steps</source>
        <translation>プランの手順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the wizard to finish planning…</source>
        <translation>ウィザードが計画を完了するのを待っています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  [IRREVERSIBLE]</source>
        <translation>  [元に戻せません]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consequence: %1</source>
        <translation>影響：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Option byte %1</source>
        <translation>オプションバイト %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run the plan starts the steps. The irreversible ones ask before they run.</source>
        <translation>「計画を実行」でステップを開始します。元に戻せないステップは実行前に確認を求めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the plan starts the steps. None of them is irreversible.</source>
        <translation>「計画を実行」でステップを開始します。元に戻せないステップはありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The wizard has ended; Next shows the result.</source>
        <translation>ウィザードは終了しました。「次へ」で結果を表示します。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardResultPage</name>
    <message>
        <location filename="../ui/wizard/result_page.cpp" line="+29"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report (paste it in a forum post or a support ticket; it holds no secret):</source>
        <translation>レポート (フォーラムの投稿やサポートチケットに貼り付けてください。機密情報は含まれていません)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save support bundle…</source>
        <translation>サポートバンドルを保存…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder with the report, the checks and steps as JSON, the identification, the option bytes before and after, and the journal of this run. No key or password.</source>
        <translation>レポート、JSON 形式のチェックとステップ、識別情報、変更前後のオプションバイト、今回の実行のジャーナルを含むフォルダーです。鍵やパスワードは含まれません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The wizard could not finish</source>
        <translation>ウィザードを完了できませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board is left as the log says.</source>
        <translation>ボードはログに記載された状態のままです。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open and erasable: the board is back. Resets: %1 by the probe, %2 by hand.</source>
        <translation>Open で消去可能：ボードは復旧しました。リセット回数：プローブによる %1 回、手動による %2 回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Open and erasable. %1</source>
        <translation>Open で消去可能な状態ではありません。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Step &quot;%1&quot; %2: %3</source>
        <translation>
ステップ「%1」%2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Still possible:</source>
        <translation>
まだ可能な操作：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Verdicts as the run learned more: %1</source>
        <translation>
実行中に判明した情報による判定の推移：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The report is on the clipboard.</source>
        <translation>レポートをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save support bundle as folder</source>
        <translation>サポートバンドルをフォルダーとして保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (*.txt);;All files (*)</source>
        <translation>テキスト (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report could not be written to %1: %2</source>
        <translation>レポートを %1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Support bundle saved in %1 (%2 files). Zip the folder to attach it.</source>
        <translation>サポートバンドルを %1 に保存しました (%2 ファイル)。添付するにはフォルダーを ZIP 圧縮してください。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardStepsPage</name>
    <message>
        <location filename="../ui/wizard/steps_page.cpp" line="+29"/>
        <source>Running the plan</source>
        <translation>計画を実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the instructions below. Cancel stops the wizard; the log says what was done.</source>
        <translation>以下の指示に従ってください。「キャンセル」でウィザードを停止します。実行された内容はログに記録されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Steps and their results</source>
        <translation>手順とその結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard is working…</source>
        <translation>ウィザードが処理中です…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Don&apos;t do it</source>
        <translation>実行しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <location line="+86"/>
        <source> (not run)</source>
        <translation> (未実行)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Verdict now: %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;現在の判定：%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This cannot be undone: %1</source>
        <translation>この操作は元に戻せません：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to go ahead:</source>
        <translation>続行するには &lt;b&gt;%1&lt;/b&gt; と入力してください：</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardVerdictPage</name>
    <message>
        <location filename="../ui/wizard/verdict_page.cpp" line="+13"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What state the board is in, and why the wizard thinks so.</source>
        <translation>ボードの状態と、ウィザードがそう判断した理由です。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence:</source>
        <translation>根拠：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence for the verdict</source>
        <translation>判定の根拠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;What is still possible&lt;/b&gt;</source>
        <translation>&lt;b&gt;まだ可能な操作&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>

The plan&apos;s first step, a Debug Authentication discovery, tells whether a way back exists; the next page shows the plan.</source>
        <translation>

計画の最初のステップであるデバッグ認証の検出で、復旧方法があるかどうかがわかります。次のページに計画が表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

The wizard has a way back: the next page shows its plan.</source>
        <translation>

ウィザードには復旧方法があります：次のページにその計画が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

The wizard has no way back to Open for this board.</source>
        <translation>

このボードを Open に戻す方法はウィザードにはありません。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardWelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+35"/>
        <source>Recover a stuck board</source>
        <translation>スタックしたボードの復旧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wizard checks the board, says what state it is in and why, shows its plan, and asks before anything irreversible.</source>
        <translation>ウィザードはボードをチェックし、その状態と理由を示し、計画を表示します。元に戻せない操作の前には必ず確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the checks</source>
        <translation>チェックを開始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probe:</source>
        <translation>プローブ：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Let the simulated operator do it (lab boards: a simulated person presses the RESET button and answers every question)</source>
        <translation>シミュレートされたオペレーターに任せる (ラボボード：シミュレートされた人が RESET ボタンを押し、すべての質問に回答します)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Credentials for Debug Authentication (optional)</source>
        <translation>デバッグ認証の認証情報 (任意)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: diagnose and explain only</source>
        <translation>なし：診断と説明のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file (%1).</source>
        <translation>ファイルを選択します (%1)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private key:</source>
        <translation>秘密鍵：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leaf private key</source>
        <translation>リーフ秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys (*.pem *.der *.key);;All files (*)</source>
        <translation>鍵 (*.pem *.der *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain:</source>
        <translation>証明書チェーン：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate chain, root first</source>
        <translation>証明書チェーン (ルートが先頭)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chains (*.b64 *.pem *.crt *.bin);;All files (*)</source>
        <translation>証明書チェーン (*.b64 *.pem *.crt *.bin);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password file:</source>
        <translation>パスワードファイル：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password.bin or a raw password file</source>
        <translation>password.bin または生のパスワードファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passwords (*.bin);;All files (*)</source>
        <translation>パスワード (*.bin);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys and passwords stay on this computer: they never appear in the log, the report or a support bundle.</source>
        <translation>鍵とパスワードはこのコンピューター内にとどまります：ログ、レポート、サポートバンドルに記録されることはありません。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No probe is listed yet. Plug in an ST-LINK or wait for the lab&apos;s boards to be listed; the device panel shows what was found.</source>
        <translation>まだプローブが一覧にありません。ST-LINK を接続するか、ラボのボードが一覧に表示されるまでお待ちください。見つかったものは「デバイス」パネルに表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Last connection:</source>
        <translation>&lt;br&gt;前回の接続：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;The wizard identifies the board behind this probe in its first checks.</source>
        <translation>&lt;br&gt;ウィザードは最初のチェックで、このプローブの先にあるボードを識別します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;A lab board: nobody can press its RESET button by hand, so the wizard shows a RESET button to hold with the mouse.</source>
        <translation>&lt;br&gt;ラボボード：RESET ボタンを手で押すことはできないため、ウィザードがマウスで押し続ける RESET ボタンを表示します。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase for %1:</source>
        <translation>%1 のパスフレーズ：</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WrpSectorMap</name>
    <message>
        <location filename="../ui/optionbytes/wrp_sector_map.cpp" line="+56"/>
        <source>The part&apos;s flash size is not known, so its sectors cannot be drawn.</source>
        <translation>このデバイスのフラッシュサイズが不明なため、セクターを描画できません。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Bank %1 (%2), %n sector(s):</source>
        <translation>
            <numerusform>バンク %1 (%2)、%n セクター：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sector(s) %1 of bank %2: write-protected (bit %3 = %4). Click to unprotect.</source>
        <translation>バンク %2 のセクター %1：書き込み保護されています (ビット %3 = %4)。クリックすると保護を解除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector(s) %1 of bank %2: not protected (bit %3 = %4). Click to protect.</source>
        <translation>バンク %2 のセクター %1：保護されていません (ビット %3 = %4)。クリックすると保護します。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No sector is write-protected.</source>
        <translation>書き込み保護されたセクターはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sector is write-protected: no erase or programming will succeed.</source>
        <translation>すべてのセクターが書き込み保護されています：消去や書き込みは一切成功しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cells write-protected.</source>
        <translation>%2 セル中 %1 セルが書き込み保護されています。</translation>
    </message>
</context>
</TS>
