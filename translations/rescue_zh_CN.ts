<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorCatalogue</name>
    <message>
        <location filename="../core/common/error_catalogue.cpp" line="+13"/>
        <source>Private key readable by others</source>
        <translation>私钥可被其他用户读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run chmod 600 on the key file.</source>
        <translation>对密钥文件执行 chmod 600。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad hex value in the device catalog</source>
        <translation>器件目录中的十六进制值无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <location line="+30"/>
        <source>Correct the value in the catalog file, or reinstall the catalog.</source>
        <translation>更正目录文件中的该值，或重新安装目录。</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Register offset not a multiple of 4</source>
        <translation>寄存器偏移不是 4 的倍数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the register offset in the catalog file, or reinstall the catalog.</source>
        <translation>更正目录文件中的寄存器偏移，或重新安装目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate entry in the device catalog</source>
        <translation>器件目录中有重复条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the duplicate from the catalog files, or reinstall the catalog.</source>
        <translation>从目录文件中删除重复项，或重新安装目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device family in the catalog</source>
        <translation>目录中没有器件系列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall, or point RESCUE_RESOURCE_DIR at the resources folder.</source>
        <translation>重新安装，或将 RESCUE_RESOURCE_DIR 指向 resources 文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device catalog folder not found</source>
        <translation>未找到器件目录文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reinstall, or set RESCUE_RESOURCE_DIR to a folder that contains devices/.</source>
        <translation>重新安装，或将 RESCUE_RESOURCE_DIR 设置为包含 devices/ 的文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required catalog entry missing</source>
        <translation>缺少必需的目录条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the missing entry or file, or reinstall the catalog.</source>
        <translation>恢复缺失的条目或文件，或重新安装目录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog value out of range</source>
        <translation>目录中的值超出范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlapping fields in the catalog</source>
        <translation>目录中的字段相互重叠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the fields&apos; bit positions in the catalog file, or reinstall the catalog.</source>
        <translation>更正目录文件中各字段的位位置，或重新安装目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog file is not valid JSON</source>
        <translation>目录文件不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the JSON syntax in the named file, or reinstall the catalog.</source>
        <translation>修正所示文件中的 JSON 语法错误，或重新安装目录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part table names an unknown family</source>
        <translation>器件表引用了未知的系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the family file, or correct the family name in parts.json.</source>
        <translation>添加该系列文件，或更正 parts.json 中的系列名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field in a catalog file</source>
        <translation>目录文件中有未知字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or correct the key, or use the catalog that came with this version.</source>
        <translation>删除或更正该键，或使用本版本自带的目录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog refers to something undefined</source>
        <translation>目录引用了未定义的内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the reference in the catalog file, or reinstall the catalog.</source>
        <translation>更正目录文件中的引用，或重新安装目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog file cannot be read</source>
        <translation>无法读取目录文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the permissions of the catalog folder and its files.</source>
        <translation>检查目录文件夹及其文件的权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog value has the wrong type</source>
        <translation>目录中的值类型错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Challenge is not 32 bytes of hex</source>
        <translation>质询不是 32 字节的十六进制数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the 32-byte challenge vector of the AUTH_START reply, without its header.</source>
        <translation>复制 AUTH_START 应答中的 32 字节质询向量，不含其报头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash erase not confirmed</source>
        <translation>未确认闪存擦除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again with --yes to confirm that the user flash may be erased.</source>
        <translation>使用 --yes 重新运行，以确认允许擦除用户闪存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown family or part</source>
        <translation>未知的系列或器件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a known family (h5, h7rs or a catalog id) or a part number.</source>
        <translation>请给出已知系列（h5、h7rs 或目录 id）或器件型号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error in the command</source>
        <translation>命令内部错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it with the journal file from the data directory.</source>
        <translation>请附上数据目录中的记录文件报告此问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission not understood</source>
        <translation>无法识别的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a permission name of the family (with --family) or a bit number.</source>
        <translation>请给出该系列的权限名称（配合 --family）或位号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report file cannot be written</source>
        <translation>无法写入报告文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path and that the folder is writable.</source>
        <translation>检查路径，并确认该文件夹可写。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such error code</source>
        <translation>不存在该错误代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run rescue errors for the list and copy the code from there.</source>
        <translation>运行 rescue errors 查看列表，并从中复制错误代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid command line</source>
        <translation>命令行无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the options with rescue --help and run the command again.</source>
        <translation>使用 rescue --help 检查选项，然后重新运行命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip did not come back after the grant</source>
        <translation>授权后芯片未恢复响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power-cycle the board and connect again; the grant may still have been applied.</source>
        <translation>对板卡重新上电后再次连接；授权可能已经生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip refused to give a challenge</source>
        <translation>芯片拒绝给出质询</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+130"/>
        <location line="+3"/>
        <location line="+35"/>
        <source>Start a new session with a new reset.</source>
        <translation>重新复位，开始新的会话。</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Unexpected first word from the chip</source>
        <translation>芯片返回的首个字不符合预期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the received word with the catalog&apos;s reply word and adjust the catalog.</source>
        <translation>将收到的字与目录中的应答字进行比较，并相应调整目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug Authentication cancelled</source>
        <translation>调试认证已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset the board to leave its DA mode, or run the session again.</source>
        <translation>复位板卡以退出其 DA 模式，或重新运行会话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog lacks the DA mailbox registers</source>
        <translation>目录中缺少 DA 邮箱寄存器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the three DA mailbox registers to the family&apos;s dbgmcu registers.</source>
        <translation>将这三个 DA 邮箱寄存器添加到该系列的 dbgmcu 寄存器中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate is not ECDSA P-256</source>
        <translation>证书不是 ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the certificates with ECDSA P-256 keys.</source>
        <translation>使用 ECDSA P-256 密钥创建证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate extensions do not match their hash</source>
        <translation>证书扩展与其哈希不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+9"/>
        <source>Use the original certificate file.</source>
        <translation>使用原始证书文件。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Certificate key is not a valid P-256 point</source>
        <translation>证书密钥不是有效的 P-256 点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the original certificate file, or issue the certificate again.</source>
        <translation>使用原始证书文件，或重新签发证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate reserved field is not zero</source>
        <translation>证书保留字段不为零</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-issue the certificate with a current ADAC tool.</source>
        <translation>使用最新的 ADAC 工具重新签发证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate role is invalid</source>
        <translation>证书角色无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use certificates made by ST&apos;s tools or by rescue da make-credentials.</source>
        <translation>使用 ST 工具或 rescue da make-credentials 生成的证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root key does not match the .obk</source>
        <translation>根密钥与 .obk 不匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain made from the same root key as the provisioned DA_Config.obk.</source>
        <translation>使用与已预置的 DA_Config.obk 由同一根密钥生成的证书链。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one lifecycle</source>
        <translation>证书仅限于一个生命周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the constraint against the lifecycle the chip&apos;s discovery reports.</source>
        <translation>将该约束与芯片发现应答中报告的生命周期进行核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one SoC class</source>
        <translation>证书仅限于一个 SoC 类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the SoC class against the chip&apos;s discovery, or use an unrestricted chain.</source>
        <translation>将 SoC 类别与芯片的发现应答进行核对，或使用不受限制的证书链。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate limited to one chip</source>
        <translation>证书仅限于一颗芯片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the certificate issued for this chip, or one without a SoC ID.</source>
        <translation>使用为此芯片签发的证书，或不含 SoC ID 的证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate signature does not verify</source>
        <translation>证书签名验证失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the chain file as it was issued, from one key set.</source>
        <translation>使用原样签发的证书链文件，且来自同一套密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate has the wrong size</source>
        <translation>证书大小错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate for another device family</source>
        <translation>证书属于其他器件系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use certificates issued for this device family.</source>
        <translation>使用为此器件系列签发的证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record is not a certificate</source>
        <translation>记录不是证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a certificate file, not a token, key or password file.</source>
        <translation>请提供证书文件，而不是令牌、密钥或密码文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra bytes after the certificate</source>
        <translation>证书后有多余字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported certificate version</source>
        <translation>不支持的证书版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-create the certificate with a current ADAC tool.</source>
        <translation>使用最新的 ADAC 工具重新创建证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip refused a certificate</source>
        <translation>芯片拒绝了证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chain with rescue da verify and its constraints against the discovery.</source>
        <translation>使用 rescue da verify 检查证书链，并将其约束与发现应答进行核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chain is broken</source>
        <translation>证书链断开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain file as ST&apos;s tools write it, root first.</source>
        <translation>使用 ST 工具原样写出的证书链文件（根证书在前）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain is empty</source>
        <translation>证书链为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the chain file (.b64), root first.</source>
        <translation>请提供证书链文件（.b64），根证书在前。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain does not start with the root</source>
        <translation>证书链不是以根证书开头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain file as ST&apos;s tools write it (cert_leaf_chain.b64), root first.</source>
        <translation>使用 ST 工具原样写出的证书链文件（cert_leaf_chain.b64），根证书在前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain does not end with a leaf</source>
        <translation>证书链不是以叶证书结尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the full chain file (root, intermediate, leaf).</source>
        <translation>使用完整的证书链文件（根证书、中间证书、叶证书）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain file is not base64 or PEM</source>
        <translation>证书链文件不是 base64 或 PEM 格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give ST&apos;s one-line base64 chain file (.b64), undamaged.</source>
        <translation>请提供 ST 的单行 base64 证书链文件（.b64），且文件未损坏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain file holds no certificate</source>
        <translation>证书链文件中没有证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a chain file such as cert_leaf_chain.b64.</source>
        <translation>请选择证书链文件，例如 cert_leaf_chain.b64。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain ends on an intermediate</source>
        <translation>证书链以中间证书结尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the leaf chain (cert_leaf_chain.b64), not the intermediate chain.</source>
        <translation>使用叶证书链（cert_leaf_chain.b64），而不是中间证书链。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key does not belong to the chain</source>
        <translation>密钥不属于该证书链</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the key that goes with the chain (key_3_leaf.pem for cert_leaf_chain.b64).</source>
        <translation>使用与证书链配套的密钥（cert_leaf_chain.b64 对应 key_3_leaf.pem）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain holds a record that is not a certificate</source>
        <translation>证书链中含有非证书记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the certificate chain file, not a token or another TLV file.</source>
        <translation>请选择证书链文件，而不是令牌或其他 TLV 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate chain given</source>
        <translation>未提供证书链</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add --cert with the chain file to check the certificates.</source>
        <translation>添加 --cert 并指定证书链文件，以检查证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates in the wrong order</source>
        <translation>证书顺序错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order the certificates root, intermediate(s), leaf.</source>
        <translation>按根证书、中间证书、叶证书的顺序排列证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file is not a certificate chain</source>
        <translation>PEM 文件不是证书链</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the certificate chain, not a key file.</source>
        <translation>请选择证书链，而不是密钥文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenge expired</source>
        <translation>质询已过期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new session and send the chain and token without pausing.</source>
        <translation>开始新的会话，并连续发送证书链和令牌，中间不要停顿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge has the wrong size</source>
        <translation>质询大小错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported challenge version</source>
        <translation>不支持的质询版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chip is already Open</source>
        <translation>芯片已处于 Open 状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect without DA; if a regression was under way, it has finished.</source>
        <translation>不使用 DA 直接连接；如果之前正在进行回退，则回退已经完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip left the DA session</source>
        <translation>芯片已退出 DA 会话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check power and the reset line, then start a new session with a new reset.</source>
        <translation>检查电源和复位线，然后重新复位，开始新的会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrupted reply from the chip</source>
        <translation>芯片应答已损坏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new session with a new reset; if it repeats, lower the SWD clock.</source>
        <translation>重新复位，开始新的会话；如果问题重复出现，请降低 SWD 时钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty certificate permission mask</source>
        <translation>证书权限掩码为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one permission, for example full-regression.</source>
        <translation>至少指定一项权限，例如 full-regression。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file already exists</source>
        <translation>凭据文件已存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an empty folder, or ask explicitly to overwrite.</source>
        <translation>选择一个空文件夹，或明确要求覆盖。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported number of intermediates</source>
        <translation>不支持的中间证书数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for 0 to 8 intermediate certificates.</source>
        <translation>指定 0 到 8 个中间证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip does not accept P-256 certificates</source>
        <translation>芯片不接受 P-256 证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the discovery; use the password method if the chip is set up for it.</source>
        <translation>检查发现应答；如果芯片配置为密码方式，请使用密码方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip refused the discovery</source>
        <translation>芯片拒绝了发现请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovery record has the wrong size</source>
        <translation>发现记录大小错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Start a new session; if it repeats, report the raw discovery bytes.</source>
        <translation>开始新的会话；如果问题重复出现，请报告原始发现应答字节。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discovery record of unknown type</source>
        <translation>发现记录类型未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discovery reply cannot be parsed</source>
        <translation>无法解析发现应答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report the raw discovery bytes with the journal.</source>
        <translation>请报告原始发现应答字节，并附上记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large for a credential</source>
        <translation>文件过大，不可能是凭据文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you picked the right file.</source>
        <translation>检查所选文件是否正确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file cannot be read</source>
        <translation>无法读取凭据文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path, that the file exists, and its permissions.</source>
        <translation>检查路径、文件是否存在以及文件权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential file cannot be written</source>
        <translation>无法写入凭据文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>检查文件夹是否可写以及磁盘是否已满。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe firmware cannot reach AP0</source>
        <translation>探针固件无法访问 AP0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the ST-LINK firmware with STM32CubeProgrammer, then try again.</source>
        <translation>使用 STM32CubeProgrammer 更新 ST-LINK 固件，然后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong key for the leaf certificate</source>
        <translation>密钥与叶证书不匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the leaf key of the same set (key_3_leaf.pem next to cert_leaf_chain.b64).</source>
        <translation>请提供同一套中的叶密钥（与 cert_leaf_chain.b64 同目录的 key_3_leaf.pem）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key file is inconsistent</source>
        <translation>私钥文件不一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the original key file.</source>
        <translation>使用原始密钥文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key uses legacy PEM encryption</source>
        <translation>密钥使用旧式 PEM 加密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert it to encrypted PKCS#8 with openssl pkcs8 -topk8, then use the new file.</source>
        <translation>使用 openssl pkcs8 -topk8 将其转换为加密的 PKCS#8，然后使用新文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>No private key given</source>
        <translation>未提供私钥</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Add --key with the leaf key (key_3_leaf.pem) to check it.</source>
        <translation>添加 --key 并指定叶密钥（key_3_leaf.pem）以进行检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key is not on the P-256 curve</source>
        <translation>公钥不在 P-256 曲线上</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Use the original key or certificate file.</source>
        <translation>使用原始密钥或证书文件。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Key is not ECDSA P-256</source>
        <translation>密钥不是 ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the P-256 key that belongs to your certificate chain.</source>
        <translation>使用与您的证书链对应的 P-256 密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passphrase or damaged key</source>
        <translation>口令错误或密钥已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the passphrase and its keyboard layout, then try again.</source>
        <translation>检查口令及键盘布局，然后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase needed for the key</source>
        <translation>密钥需要口令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it on a terminal to be asked for the passphrase, or give --passphrase-file.</source>
        <translation>在终端中运行以输入口令，或使用 --passphrase-file。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key given instead of private</source>
        <translation>提供的是公钥而不是私钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the private key file (key_3_leaf.pem, not key_3_leaf_pub.pem).</source>
        <translation>使用私钥文件（key_3_leaf.pem，而不是 key_3_leaf_pub.pem）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key has the wrong size</source>
        <translation>公钥大小错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key file cannot be decoded</source>
        <translation>无法解码密钥文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an undamaged PEM key file such as key_3_leaf.pem.</source>
        <translation>请提供未损坏的 PEM 密钥文件，例如 key_3_leaf.pem。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA mailbox not found</source>
        <translation>未找到 DA 邮箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the SWD wiring and that the board is powered.</source>
        <translation>检查 SWD 接线，并确认板卡已上电。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response from the DA mailbox</source>
        <translation>DA 邮箱无响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chip&apos;s state and its DA provisioning, then start a new session.</source>
        <translation>检查芯片的状态及其 DA 预置，然后开始新的会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+747"/>
        <location line="+197"/>
        <source>Nothing answers on SWD</source>
        <translation>SWD 上无任何响应</translation>
    </message>
    <message>
        <location line="-941"/>
        <source>Check SWDIO, SWCLK, GND and the target&apos;s power; lower the SWD clock.</source>
        <translation>检查 SWDIO、SWCLK、GND 和目标的电源；降低 SWD 时钟。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the leaf key with --key.</source>
        <translation>使用 --key 指定叶密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission requested</source>
        <translation>未请求任何权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one permission with --permission.</source>
        <translation>使用 --permission 指定一项权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session not connected</source>
        <translation>DA 会话未连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect the session first, then repeat the step.</source>
        <translation>先连接会话，然后重复该步骤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session not open</source>
        <translation>DA 会话未打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new session (a reset with the request word) first.</source>
        <translation>先打开新的会话（带请求字的复位）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NRST not effective</source>
        <translation>NRST 无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wire the probe&apos;s T_NRST to the chip&apos;s NRST, or use the guided manual reset.</source>
        <translation>将探针的 T_NRST 连接到芯片的 NRST，或使用引导式手动复位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong .obk destination</source>
        <translation>.obk 目标地址错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the DA_Config.obk or DA_ConfigWithPassword.obk made for this family.</source>
        <translation>使用为此系列生成的 DA_Config.obk 或 DA_ConfigWithPassword.obk。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusual .obk flag word</source>
        <translation>.obk 标志字异常</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Regenerate the .obk from its XML.</source>
        <translation>从其 XML 重新生成 .obk。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Damaged .obk file</source>
        <translation>.obk 文件已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate the .obk from its XML with ST&apos;s tools or rescue da make-credentials.</source>
        <translation>使用 ST 工具或 rescue da make-credentials 从其 XML 重新生成 .obk。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid .obk file</source>
        <translation>不是有效的 .obk 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the DA_Config.obk or DA_ConfigWithPassword.obk made for the chip.</source>
        <translation>请选择为该芯片生成的 DA_Config.obk 或 DA_ConfigWithPassword.obk。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File is DA_ConfigLock.obk</source>
        <translation>文件是 DA_ConfigLock.obk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give DA_Config.obk or DA_ConfigWithPassword.obk instead.</source>
        <translation>请改为提供 DA_Config.obk 或 DA_ConfigWithPassword.obk。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission mask too wide for the .obk</source>
        <translation>权限掩码超出 .obk 的位宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only permission bits 0 to 31 for this family.</source>
        <translation>对此系列仅使用权限位 0 到 31。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family takes no .obk file</source>
        <translation>该系列不使用 .obk 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program the password hash into OTP as the hint shows, not an .obk.</source>
        <translation>按提示将密码哈希编程到 OTP 中，而不是使用 .obk。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.obk is not the certificate configuration</source>
        <translation>.obk 不是证书配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give DA_Config.obk to check a certificate chain.</source>
        <translation>请提供 DA_Config.obk 以检查证书链。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No .obk given</source>
        <translation>未提供 .obk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add --obk with the .obk that was provisioned.</source>
        <translation>添加 --obk 并指定已预置的 .obk。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.obk reserved bytes are not zero</source>
        <translation>.obk 保留字节不为零</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.obk payload has the wrong size</source>
        <translation>.obk 有效载荷大小错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+304"/>
        <source>Use the .obk as ST&apos;s tools made it.</source>
        <translation>使用 ST 工具生成的原始 .obk。</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>.obk file too short</source>
        <translation>.obk 文件过短</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the .obk file made for the chip.</source>
        <translation>请选择为该芯片生成的 .obk 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implausible ADAC packet length</source>
        <translation>ADAC 数据包长度不合理</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Reset the target and start a new session.</source>
        <translation>复位目标，然后开始新的会话。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ADAC packet length mismatch</source>
        <translation>ADAC 数据包长度不匹配</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the start of an ADAC packet</source>
        <translation>不是 ADAC 数据包的起始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ADAC packet header cut short</source>
        <translation>ADAC 数据包报头不完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chip refused the password</source>
        <translation>芯片拒绝了密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the password file provisioned into this chip (password.bin or the raw file).</source>
        <translation>请提供预置到该芯片中的密码文件（password.bin 或原始文件）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty password</source>
        <translation>密码为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a password of 1 to 16 characters.</source>
        <translation>请提供 1 到 16 个字符的密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password does not match the .obk</source>
        <translation>密码与 .obk 不匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the password file made with this DA_ConfigWithPassword.obk.</source>
        <translation>使用与此 DA_ConfigWithPassword.obk 一同生成的密码文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password matches the .obk</source>
        <translation>密码与 .obk 匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+302"/>
        <location line="+80"/>
        <source>Nothing to do.</source>
        <translation>无需任何操作。</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Password file length mismatch</source>
        <translation>密码文件长度不匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate the password file.</source>
        <translation>重新生成密码文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File is not a password TLV</source>
        <translation>文件不是密码 TLV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick password.bin or a raw password file.</source>
        <translation>请选择 password.bin 或原始密码文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password too long</source>
        <translation>密码过长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you picked the password file.</source>
        <translation>检查所选的是否为密码文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong file given as the password</source>
        <translation>作为密码提供的文件错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick password.bin (ST&apos;s TLV) or the raw password file (user_password.bin).</source>
        <translation>请选择 password.bin（ST 的 TLV）或原始密码文件（user_password.bin）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not granted</source>
        <translation>权限未授予</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a permission the chip&apos;s discovery offers.</source>
        <translation>请求芯片发现应答中提供的权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not in every certificate</source>
        <translation>并非所有证书都包含该权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a permission every certificate allows, or issue new certificates.</source>
        <translation>请求所有证书都允许的权限，或签发新证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission not offered by the chip</source>
        <translation>芯片未提供该权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for one of the permissions the chip offers.</source>
        <translation>请求芯片提供的权限之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions the chain can grant</source>
        <translation>证书链可授予的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No permission in common</source>
        <translation>没有共同的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-issue the certificates with overlapping permission masks.</source>
        <translation>使用有重叠的权限掩码重新签发证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission asked for</source>
        <translation>未请求任何权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add --permission with the permission you will ask for.</source>
        <translation>添加 --permission 并指定您将要请求的权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested permission outside the grant</source>
        <translation>请求的权限超出授予范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask only for permissions the chain and the chip&apos;s discovery allow.</source>
        <translation>仅请求证书链和芯片发现应答都允许的权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.obk allows less than the certificates</source>
        <translation>.obk 允许的权限少于证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do unless you need that permission.</source>
        <translation>除非需要该权限，否则无需任何操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission set has the wrong size</source>
        <translation>权限集大小错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the certificate, token or .obk for damage.</source>
        <translation>检查证书、令牌或 .obk 是否损坏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission mask not understood</source>
        <translation>无法识别权限掩码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a hex mask such as 0x4000 or a name such as full-regression.</source>
        <translation>请写入十六进制掩码（如 0x4000）或名称（如 full-regression）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission mask over 128 bits</source>
        <translation>权限掩码超过 128 位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a mask of at most 32 hex digits.</source>
        <translation>掩码最多写 32 个十六进制数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission bit with no known meaning</source>
        <translation>权限位没有已知含义</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a named permission, for example full-regression.</source>
        <translation>请求有名称的权限，例如 full-regression。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown permission name</source>
        <translation>未知的权限名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the family&apos;s permission names, or give the mask in hex.</source>
        <translation>使用该系列的权限名称之一，或以十六进制给出掩码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe failed during DA</source>
        <translation>DA 过程中探针出错</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s USB connection and the SWD wiring, then run the command again.</source>
        <translation>检查探针的 USB 连接和 SWD 接线，然后重新运行命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DA_ConfigLock is never written</source>
        <translation>绝不写入 DA_ConfigLock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision DA_Config.obk or DA_ConfigWithPassword.obk instead.</source>
        <translation>请改为预置 DA_Config.obk 或 DA_ConfigWithPassword.obk。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioned configuration not seen</source>
        <translation>未检测到已预置的配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the file matches this chip&apos;s DA method, then provision again.</source>
        <translation>检查该文件是否与此芯片的 DA 方式匹配，然后重新预置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip not in Provisioning</source>
        <translation>芯片不处于 Provisioning 状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move an Open chip to Provisioning first; a closed chip needs a DA regression.</source>
        <translation>先将 Open 状态的芯片切换到 Provisioning；已关闭的芯片需要执行 DA 回退。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip not in the device catalog</source>
        <translation>芯片不在器件目录中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the part with rescue connect, or run the STM32CubeProgrammer command shown.</source>
        <translation>使用 rescue connect 检查器件，或运行所示的 STM32CubeProgrammer 命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+379"/>
        <source>Boot ROM service not reachable</source>
        <translation>无法访问 Boot ROM 服务</translation>
    </message>
    <message>
        <location line="-376"/>
        <location line="+379"/>
        <source>Run the STM32CubeProgrammer command shown in the hint.</source>
        <translation>运行提示中所示的 STM32CubeProgrammer 命令。</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Wrong root of trust</source>
        <translation>信任根错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the chain issued under the root key provisioned in the chip.</source>
        <translation>使用在芯片中预置的根密钥下签发的证书链。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale challenge</source>
        <translation>质询已失效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new session and sign the token over its challenge.</source>
        <translation>开始新的会话，并针对其质询签署令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product state not readable</source>
        <translation>无法读取产品状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the family&apos;s catalog entry defines its product-state field.</source>
        <translation>检查该系列的目录条目是否定义了其产品状态字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLV reserved field is not zero</source>
        <translation>TLV 保留字段不为零</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Use the original file.</source>
        <translation>使用原始文件。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Data after the last TLV record</source>
        <translation>最后一条 TLV 记录后还有数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLV record cut short</source>
        <translation>TLV 记录不完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token is not ECDSA P-256</source>
        <translation>令牌不是 ECDSA P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token with the P-256 leaf key.</source>
        <translation>使用 P-256 叶密钥签署令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token signature does not verify</source>
        <translation>令牌签名验证失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the token with the leaf key over the challenge of the latest AUTH_START.</source>
        <translation>使用叶密钥针对最近一次 AUTH_START 的质询签署令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token has the wrong size</source>
        <translation>令牌大小错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token again.</source>
        <translation>重新签署令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported token version</source>
        <translation>不支持的令牌版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the token again with a current tool.</source>
        <translation>使用最新的工具重新签署令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown permission</source>
        <translation>未知的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a permission name of the chip&apos;s family or a bit number from 0 to 127.</source>
        <translation>请给出该芯片系列的权限名称，或 0 到 127 之间的位号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML has no destination address</source>
        <translation>XML 中没有目标地址</translation>
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
        <translation>请提供 ST 软件包中的 DA_Config.xml 或 DA_ConfigWithPassword.xml。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>XML has no DoEncryption value</source>
        <translation>XML 中没有 DoEncryption 值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML names no DA method</source>
        <translation>XML 未指定 DA 方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML has no Info element</source>
        <translation>XML 中没有 Info 元素</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an ST DA configuration XML</source>
        <translation>不是 ST 的 DA 配置 XML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML and .obk destinations differ</source>
        <translation>XML 与 .obk 的目标地址不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Rebuild the .obk from this XML, or give the matching pair.</source>
        <translation>从此 XML 重新生成 .obk，或提供相互匹配的一对文件。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>.obk was not built from this XML</source>
        <translation>.obk 不是由此 XML 生成的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML and .obk flags differ</source>
        <translation>XML 与 .obk 的标志不同</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML password differs from the .obk</source>
        <translation>XML 中的密码与 .obk 不同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML and .obk permissions differ</source>
        <translation>XML 与 .obk 的权限不同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML has no password</source>
        <translation>XML 中没有密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML permission missing or invalid</source>
        <translation>XML 权限缺失或无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root key missing for the XML</source>
        <translation>缺少 XML 所需的根密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the root public key the XML names.</source>
        <translation>请提供 XML 中指定的根公钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML root key not read</source>
        <translation>未读取 XML 的根密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the XML next to its Keys folder, as in ST&apos;s package.</source>
        <translation>按 ST 软件包中的方式，将 XML 与其 Keys 文件夹放在一起。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML root key differs from the chain</source>
        <translation>XML 的根密钥与证书链不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision and sign with the same root key.</source>
        <translation>使用同一根密钥进行预置和签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown part number</source>
        <translation>未知的器件型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the part number; the hint lists close matches or the known lines.</source>
        <translation>检查器件型号；提示中列出了相近的型号或已知的产品线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job cancelled</source>
        <translation>任务已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the action again when ready.</source>
        <translation>准备就绪后重新执行该操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job has nothing to run</source>
        <translation>任务没有可运行的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it with the journal.</source>
        <translation>请附上记录报告此问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job stopped on an unexpected error</source>
        <translation>任务因意外错误而停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report it and attach the journal, which holds the events that led to it.</source>
        <translation>请报告此问题并附上记录，其中包含导致该错误的事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe session not open</source>
        <translation>探针会话未打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the probe again, then repeat the action.</source>
        <translation>重新打开探针，然后重复该操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event line is not valid</source>
        <translation>事件行无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do; the events around it are unaffected.</source>
        <translation>无需任何操作；其前后的事件不受影响。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged journal line</source>
        <translation>记录行已损坏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do; the other lines were read.</source>
        <translation>无需任何操作；其他行已读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal folder cannot be created</source>
        <translation>无法创建记录文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Check that the data folder is writable; events are shown but not saved.</source>
        <translation>检查数据文件夹是否可写；事件会显示，但不会保存。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Journal file cannot be created</source>
        <translation>无法创建记录文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal cannot be read</source>
        <translation>无法读取记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>检查该文件是否存在，以及您是否有读取权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event not saved to the journal</source>
        <translation>事件未保存到记录中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space; events are still shown but not saved.</source>
        <translation>释放一些磁盘空间；事件仍会显示，但不会保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lab probe URI</source>
        <translation>实验室探针 URI 无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write lab:NAME (see rescue lab list) or lab:path/to/scenario.json.</source>
        <translation>请写为 lab:NAME（参见 rescue lab list）或 lab:path/to/scenario.json。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab board in use</source>
        <translation>实验室板卡正在使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the other command to finish or stop it, then try again.</source>
        <translation>等待另一命令完成或将其停止，然后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault campaign found failures</source>
        <translation>故障测试活动发现失败项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat a failed run with the command printed next to it and read its journal.</source>
        <translation>使用失败运行旁边打印的命令重复该运行，并查看其记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog lacks a flash register for the lab</source>
        <translation>目录中缺少实验室所需的闪存寄存器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check flashRegisters in the family&apos;s resources/devices file.</source>
        <translation>检查该系列 resources/devices 文件中的 flashRegisters。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab cannot build the chip</source>
        <translation>实验室无法构建芯片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the family&apos;s file in resources/devices.</source>
        <translation>检查 resources/devices 中该系列的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid chip parameter in a scenario</source>
        <translation>场景中的芯片参数无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the value; core/sim/stm32/chip_parameters.h lists the keys.</source>
        <translation>更正该值；core/sim/stm32/chip_parameters.h 中列出了各个键。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External flash program crosses a page</source>
        <translation>外部闪存编程跨越了页边界</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split the write at 256-byte page boundaries.</source>
        <translation>在 256 字节页边界处拆分写入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address outside the external flash</source>
        <translation>地址超出外部闪存范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the offset and length inside the external flash.</source>
        <translation>使偏移和长度保持在外部闪存范围内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant asks the lab chip for nothing</source>
        <translation>授权未向实验室芯片请求任何操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a permission that triggers an action, such as full-regression.</source>
        <translation>请求能触发操作的权限，例如 full-regression。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family keeps no DA password in OTP</source>
        <translation>该系列不在 OTP 中保存 DA 密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision the password method with its .obk for this family.</source>
        <translation>对于此系列，使用其 .obk 预置密码方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lab scenarios found</source>
        <translation>未找到实验室场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set RESCUE_RESOURCE_DIR to the resources/ folder of the installation.</source>
        <translation>将 RESCUE_RESOURCE_DIR 设置为安装目录下的 resources/ 文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab board cannot be saved</source>
        <translation>无法保存实验室板卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the scenario from a file (lab:NAME or lab:path/to/file.json).</source>
        <translation>从文件加载场景（lab:NAME 或 lab:path/to/file.json）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab boot ROM refused the .obk size</source>
        <translation>实验室 Boot ROM 拒绝了该 .obk 大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab chip refused the .obk destination</source>
        <translation>实验室芯片拒绝了该 .obk 目标地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the .obk made for this family.</source>
        <translation>使用为此系列生成的 .obk。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip not in Provisioning</source>
        <translation>实验室芯片不处于 Provisioning 状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the chip to Provisioning first.</source>
        <translation>先将芯片切换到 Provisioning。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the option change</source>
        <translation>实验室芯片拒绝了选项更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the change with rescue ob check.</source>
        <translation>使用 rescue ob check 检查该更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the product state</source>
        <translation>实验室芯片拒绝了该产品状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the move with rescue ob check and go through the allowed states.</source>
        <translation>使用 rescue ob check 检查该状态切换，并逐步经过允许的状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regression already running</source>
        <translation>回退已在进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the running regression to finish.</source>
        <translation>等待正在进行的回退完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regression not possible in this state</source>
        <translation>此状态下无法回退</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the chip&apos;s state and the regression&apos;s requirements.</source>
        <translation>检查芯片的状态以及回退的前提条件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug re-open without a level</source>
        <translation>调试重新打开未指定级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a debug re-open permission that names a level.</source>
        <translation>请求指定了级别的调试重新打开权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug re-open not allowed</source>
        <translation>不允许重新打开调试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a regression instead, if the state allows one.</source>
        <translation>如果状态允许，请改用回退。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an option register address</source>
        <translation>不是选项寄存器地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the address of an option register of this family.</source>
        <translation>请提供此系列某个选项寄存器的地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product state not set through the ROM</source>
        <translation>产品状态不通过 ROM 设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program the product state through the option bytes (rescue ob write).</source>
        <translation>通过选项字节编程产品状态（rescue ob write）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved lab board state unusable</source>
        <translation>已保存的实验室板卡状态不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run rescue lab reset NAME to start again from the scenario.</source>
        <translation>运行 rescue lab reset NAME，从场景重新开始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved lab board state malformed</source>
        <translation>已保存的实验室板卡状态格式错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Reset the lab board to its scenario (rescue lab reset).</source>
        <translation>将实验室板卡复位到其场景（rescue lab reset）。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>State not expressible in option bytes</source>
        <translation>该状态无法用选项字节表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the scenario&apos;s option bytes and lifecycle agree.</source>
        <translation>使场景的选项字节与生命周期相互一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved state is for another part</source>
        <translation>已保存的状态属于其他器件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab store file error</source>
        <translation>实验室存储文件错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the data directory is writable and the disk is not full.</source>
        <translation>检查数据目录是否可写以及磁盘是否已满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected area removed</source>
        <translation>保护区域已移除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area outside the bank</source>
        <translation>区域超出存储区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the area inside the bank&apos;s sectors, or set start after end for no area.</source>
        <translation>使区域保持在存储区的扇区范围内；如不需要区域，请将起始设置在结束之后。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle move goes backwards</source>
        <translation>生命周期切换为倒退</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back with a DA regression (rescue da auth --permission full-regression).</source>
        <translation>通过 DA 回退返回（rescue da auth --permission full-regression）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot address outside boot memory</source>
        <translation>启动地址不在启动存储器中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point it at the application&apos;s vector table, as ST&apos;s scripts do.</source>
        <translation>按 ST 脚本的做法，将其指向应用程序的向量表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot address in the other security domain</source>
        <translation>启动地址位于另一个安全域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the alias that matches the field&apos;s security domain.</source>
        <translation>使用与该字段安全域相符的别名地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot lock is permanent</source>
        <translation>启动锁定是永久性的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the boot address first; leave the lock at 0xC3 while developing.</source>
        <translation>先检查启动地址；开发期间请将锁定保持为 0xC3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog lacks a FLASH register</source>
        <translation>目录中缺少 FLASH 寄存器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the family&apos;s file in resources/devices (docs/device-catalog.md).</source>
        <translation>检查 resources/devices 中该系列的文件（docs/device-catalog.md）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option bytes changed since read</source>
        <translation>选项字节在读取后已被更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read them again, then make the change over what is there now.</source>
        <translation>重新读取，然后在当前内容的基础上进行更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing debug</source>
        <translation>正在关闭调试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the DA credentials (keys, certificates or password) safe before closing.</source>
        <translation>关闭前请妥善保存 DA 凭据（密钥、证书或密码）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing without DA provisioned</source>
        <translation>在未预置 DA 的情况下关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision the DA configuration in Provisioning and check it before closing.</source>
        <translation>在 Provisioning 状态下预置 DA 配置，并在关闭前进行检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug locked for good</source>
        <translation>调试被永久锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0x51 (certificates) or 0x8A (password) instead.</source>
        <translation>请改用 0x51（证书）或 0x8A（密码）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash error after erase</source>
        <translation>擦除后出现闪存错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the option bytes and erase again after a reset.</source>
        <translation>读取选项字节，复位后重新擦除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase cut short</source>
        <translation>擦除被中断</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the board&apos;s power and reset line, then erase again.</source>
        <translation>检查板卡的电源和复位线，然后重新擦除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase refused by write protection</source>
        <translation>擦除被写保护拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear write protection first (the hint gives the command), then erase again.</source>
        <translation>先清除写保护（提示中给出了命令），然后重新擦除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field frozen by a boot lock</source>
        <translation>字段被启动锁定冻结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the field as it is; nothing clears the boot lock.</source>
        <translation>保持该字段不变；没有任何方法可以清除启动锁定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field frozen in this state</source>
        <translation>该字段在此状态下被冻结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change it in a state where it is writable, such as Open after a DA regression.</source>
        <translation>在该字段可写的状态下更改，例如 DA 回退后的 Open 状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide-protected area</source>
        <translation>隐藏保护区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep only boot-time secrets and code there.</source>
        <translation>其中只存放启动时使用的机密数据和代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide-protected area holds the boot address</source>
        <translation>隐藏保护区域包含启动地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide only the secure boot loader&apos;s sectors; boot the application outside.</source>
        <translation>只隐藏安全引导加载程序所在的扇区；从该区域之外启动应用程序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Not a valid code for the field</source>
        <translation>不是该字段的有效代码</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Use one of the listed values (rescue ob read shows them).</source>
        <translation>使用列出的值之一（rescue ob read 会显示这些值）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug link drops on a state change</source>
        <translation>状态更改时调试连接会断开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locking the chip for good</source>
        <translation>正在永久锁定芯片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close with Closed (0x72) instead, which DA can still reopen.</source>
        <translation>请改为使用 Closed (0x72) 关闭，该状态仍可通过 DA 重新打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip is Locked</source>
        <translation>芯片处于 Locked 状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be done through the debug port.</source>
        <translation>无法通过调试端口执行任何操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such flash bank</source>
        <translation>不存在该闪存存储区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use --mass, or a bank number the part has.</source>
        <translation>使用 --mass，或该器件具有的存储区编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target not identified</source>
        <translation>无法识别目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run rescue connect to see what answers.</source>
        <translation>运行 rescue connect 查看有何响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family has no TZ-Closed state</source>
        <translation>该系列没有 TZ-Closed 状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close with Closed (0x72) instead.</source>
        <translation>请改为使用 Closed (0x72) 关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVSTATE is not written directly</source>
        <translation>不直接写入 NVSTATE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request the Closed product state (0x72) instead.</source>
        <translation>请改为请求 Closed 产品状态 (0x72)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to closed in one step</source>
        <translation>从 Open 一步切换到关闭状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Provisioning, provision and check DA, then close.</source>
        <translation>先切换到 Provisioning，预置并检查 DA，然后再关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip refused the option change</source>
        <translation>芯片拒绝了选项更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the option bytes and check the change with rescue ob check.</source>
        <translation>读取选项字节，并使用 rescue ob check 检查该更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locking OTP blocks for good</source>
        <translation>正在永久锁定 OTP 块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program the OTP content and check it before locking.</source>
        <translation>锁定前先编程 OTP 内容并进行检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entering Provisioning</source>
        <translation>正在进入 Provisioning 状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the DA configuration (.obk) ready to provision right after this step.</source>
        <translation>准备好 DA 配置 (.obk)，以便在此步骤后立即预置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field is read-only</source>
        <translation>该字段为只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it as read.</source>
        <translation>保持读取到的值不变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change refused by the validator</source>
        <translation>更改被校验器拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the findings and do what they suggest instead.</source>
        <translation>阅读检查结果，并改为按其建议操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to Open needs a DA regression</source>
        <translation>返回 Open 需要 DA 回退</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run rescue da auth --permission full-regression with the provisioned credentials.</source>
        <translation>使用已预置的凭据运行 rescue da auth --permission full-regression。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State move needs another field first</source>
        <translation>状态切换需要先设置另一字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the required field first, in its own write while Open or Provisioning.</source>
        <translation>在 Open 或 Provisioning 状态下，先单独写入所需字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change touches reserved bits</source>
        <translation>更改涉及保留位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change named fields only.</source>
        <translation>只更改有名称的字段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secure watermark area</source>
        <translation>安全水印区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the secure application fits inside the area.</source>
        <translation>检查安全应用程序是否能容纳在该区域内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-only bits would be cleared</source>
        <translation>只可置位的位将被清除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep every bit that is already set.</source>
        <translation>保留所有已置位的位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a product-state code</source>
        <translation>不是产品状态代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the listed product-state codes.</source>
        <translation>使用列出的产品状态代码之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State entered only by the hardware</source>
        <translation>该状态只能由硬件进入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the regression itself with rescue da auth --permission full-regression.</source>
        <translation>使用 rescue da auth --permission full-regression 执行回退本身。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product state in force unknown</source>
        <translation>当前产品状态未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the option bytes again (rescue ob read).</source>
        <translation>重新读取选项字节（rescue ob read）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid TCM share value</source>
        <translation>TCM 共享值无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0, 1, 2 or 3.</source>
        <translation>使用 0、1、2 或 3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash stayed busy</source>
        <translation>闪存持续忙碌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power-cycle the board and read the option bytes again before retrying.</source>
        <translation>对板卡重新上电，并在重试前重新读取选项字节。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrustZone setting changes</source>
        <translation>TrustZone 设置将更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision the DA configuration that matches the new TZEN.</source>
        <translation>预置与新 TZEN 相匹配的 DA 配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TZEN not changeable in this state</source>
        <translation>此状态下无法更改 TZEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the chip back to Open with a DA regression first.</source>
        <translation>先通过 DA 回退使芯片返回 Open 状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irreversible change not confirmed</source>
        <translation>不可逆更改未确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the confirmation phrase exactly (--confirm).</source>
        <translation>准确重复确认短语（--confirm）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition not confirmed by the manual</source>
        <translation>该状态转换未经参考手册确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do; check the result after the move.</source>
        <translation>无需任何操作；切换后请检查结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash unlock refused</source>
        <translation>闪存解锁被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset or power-cycle the board, then try again.</source>
        <translation>复位板卡或对其重新上电，然后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes not readable</source>
        <translation>无法读取选项字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the chip with Debug Authentication, then read them again.</source>
        <translation>使用调试认证重新打开芯片，然后重新读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip did not take the change</source>
        <translation>芯片未接受该更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the change with rescue ob check; nothing was retried.</source>
        <translation>使用 rescue ob check 检查该更改；未进行任何重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole bank write-protected</source>
        <translation>整个存储区被写保护</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect only the boot code&apos;s sectors; clear WRP before any mass erase.</source>
        <translation>只保护启动代码所在的扇区；执行任何整片擦除前先清除 WRP。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectors become write-protected</source>
        <translation>扇区将被写保护</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect only what the boot code needs; clear WRP before erasing.</source>
        <translation>只保护启动代码所需的部分；擦除前先清除 WRP。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value not understood</source>
        <translation>无法识别该值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a number (0x1F, 0b101 or 31) or one of the field&apos;s value names.</source>
        <translation>请写入数字（0x1F、0b101 或 31）或该字段的某个值名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use one of the valid values the hint lists.</source>
        <translation>使用提示中列出的有效值之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option-byte file for another family</source>
        <translation>选项字节文件属于其他系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a file exported from a board of the same family.</source>
        <translation>导入从同一系列板卡导出的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid fields in the option-byte file</source>
        <translation>选项字节文件中的字段无效</translation>
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
        <translation>使用 rescue ob read --export FILE 导出一块板卡，以查看文件格式。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not an option-byte export</source>
        <translation>不是选项字节导出文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option-byte file is not valid JSON</source>
        <translation>选项字节文件不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid part in the option-byte file</source>
        <translation>选项字节文件中的器件无效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown register in the option-byte file</source>
        <translation>选项字节文件中有未知寄存器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid registers in the option-byte file</source>
        <translation>选项字节文件中的寄存器无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register value is not a 32-bit number</source>
        <translation>寄存器值不是 32 位数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write protection for a missing bank</source>
        <translation>写保护指向不存在的存储区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the part is identified correctly (rescue connect).</source>
        <translation>检查器件是否被正确识别（rescue connect）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such flash sector</source>
        <translation>不存在该闪存扇区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a sector number the part has.</source>
        <translation>使用该器件具有的扇区编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field cannot be told from the registers</source>
        <translation>无法从寄存器判断该字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a DA discovery (rescue da discover) to tell the state.</source>
        <translation>使用 DA 发现（rescue da discover）来判断状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a write-protection field</source>
        <translation>不是写保护字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name a write-protection field of this family.</source>
        <translation>请指定此系列的一个写保护字段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field set only through the boot ROM</source>
        <translation>该字段只能通过 Boot ROM 设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the product-state transition, which goes through the boot ROM service.</source>
        <translation>使用通过 Boot ROM 服务进行的产品状态转换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a NAME=VALUE assignment</source>
        <translation>不是 NAME=VALUE 形式的赋值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write it like PRODUCT_STATE=0x17 or SWAP_BANK=0.</source>
        <translation>请按 PRODUCT_STATE=0x17 或 SWAP_BANK=0 的形式书写。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option-byte field</source>
        <translation>未知的选项字节字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name; the hint lists close matches.</source>
        <translation>检查名称；提示中列出了相近的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option register</source>
        <translation>未知的选项寄存器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the register name against rescue ob read.</source>
        <translation>对照 rescue ob read 检查寄存器名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value too wide for the field</source>
        <translation>值超出字段位宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a value that fits; for an address field, write the shifted value.</source>
        <translation>请给出能容纳的值；对于地址字段，请写入移位后的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several probes, none named</source>
        <translation>存在多个探针，但未指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one probe by its serial, as the hint shows.</source>
        <translation>按提示所示，通过序列号指定一个探针。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access port does not answer</source>
        <translation>访问端口无响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use another access port, or open the chip with Debug Authentication.</source>
        <translation>使用其他访问端口，或通过调试认证打开芯片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed reply from the probe</source>
        <translation>探针应答格式错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and reconnect the probe; if it repeats, update its firmware.</source>
        <translation>拔下并重新连接探针；如果问题重复出现，请更新其固件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid probe URI</source>
        <translation>探针 URI 无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the probe as rescue probes lists it.</source>
        <translation>按 rescue probes 列出的名称指定探针。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe disconnected</source>
        <translation>探针已断开</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+246"/>
        <source>Reconnect the probe and open it again.</source>
        <translation>重新连接探针并再次打开。</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>SWD link error</source>
        <translation>SWD 链路错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower the SWD clock, check the wires, or connect under reset.</source>
        <translation>降低 SWD 时钟、检查连线，或使用复位下连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target answered FAULT</source>
        <translation>目标返回 FAULT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the address and access port; a closed chip may need Debug Authentication.</source>
        <translation>检查地址和访问端口；已关闭的芯片可能需要调试认证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe firmware too old</source>
        <translation>探针固件过旧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the probe&apos;s firmware with STM32CubeProgrammer or ST-LinkUpgrade.</source>
        <translation>使用 STM32CubeProgrammer 或 ST-LinkUpgrade 更新探针固件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe in use by another client</source>
        <translation>探针正被其他客户端使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the other tool&apos;s debug session (STM32CubeIDE, OpenOCD) and try again.</source>
        <translation>结束其他工具（STM32CubeIDE、OpenOCD）的调试会话，然后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polled value never matched</source>
        <translation>轮询值始终未匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the target is powered and running, then try again.</source>
        <translation>检查目标是否已上电并在运行，然后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unaligned memory access</source>
        <translation>存储器访问未对齐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an address and a length that are multiples of the access width.</source>
        <translation>使用访问宽度整数倍的地址和长度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe type not available</source>
        <translation>探针类型不可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a probe URI of a supported kind; rescue probes lists them.</source>
        <translation>使用受支持类型的探针 URI；rescue probes 会列出这些类型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power the board, check VREF, SWDIO, SWCLK and GND, or connect under reset.</source>
        <translation>为板卡上电，检查 VREF、SWDIO、SWCLK 和 GND，或使用复位下连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe not found</source>
        <translation>未找到探针</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the USB cable and the udev rule; rescue probes lists what is seen.</source>
        <translation>检查 USB 线缆和 udev 规则；rescue probes 会列出检测到的设备。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK version reply not decodable</source>
        <translation>无法解码 ST-LINK 版本应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug the probe and plug it back in; if it persists, update its firmware.</source>
        <translation>拔下探针后重新插入；如果问题仍然存在，请更新其固件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe did not answer in time</source>
        <translation>探针未及时应答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and reconnect the probe; if the target is stuck, connect under reset.</source>
        <translation>拔下并重新连接探针；如果目标卡死，请使用复位下连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation not supported by the probe</source>
        <translation>探针不支持该操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a supported probe and firmware, or do what the hint suggests.</source>
        <translation>使用受支持的探针和固件，或按提示操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe cannot be used for debugging</source>
        <translation>探针无法用于调试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an ST-LINK/V2 or later, or finish the firmware update and replug it.</source>
        <translation>使用 ST-LINK/V2 或更新版本，或完成固件更新后重新插拔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target kept answering WAIT</source>
        <translation>目标持续返回 WAIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again; if it persists, connect under reset.</source>
        <translation>请重试；如果问题仍然存在，请使用复位下连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording file cannot be created</source>
        <translation>无法创建录制文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file in a folder you can write to.</source>
        <translation>请选择您有写权限的文件夹中的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording could not be written</source>
        <translation>无法写入录制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space or record to another file.</source>
        <translation>释放一些磁盘空间，或录制到其他文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wizard run for the support bundle</source>
        <translation>没有可用于支持包的向导运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the wizard first.</source>
        <translation>请先运行向导。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal missing from the support bundle</source>
        <translation>支持包中缺少记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach the journal from the workbench&apos;s data folder yourself.</source>
        <translation>请自行从本工具的数据文件夹中附上记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle cannot be written</source>
        <translation>无法写入支持包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder you can write to, with some free space.</source>
        <translation>请选择您有写权限且有足够可用空间的文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wizard cancelled</source>
        <translation>向导已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the wizard again when ready.</source>
        <translation>准备就绪后重新运行向导。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset strategy not remembered</source>
        <translation>未记住复位策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the data folder is writable; the wizard works without it.</source>
        <translation>检查数据文件夹是否可写；没有它向导也能工作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device catalog not loaded</source>
        <translation>未加载器件目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the installation&apos;s resources folder (RESCUE_RESOURCE_DIR).</source>
        <translation>检查安装目录中的 resources 文件夹（RESCUE_RESOURCE_DIR）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip family not known</source>
        <translation>芯片系列未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the diagnosis first.</source>
        <translation>请先运行诊断。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes not read</source>
        <translation>未读取选项字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Run the option-byte step first.</source>
        <translation>请先运行选项字节步骤。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Part not known</source>
        <translation>器件未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request word lost during the reset</source>
        <translation>复位期间请求字丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check SWDIO, SWCLK and that the button holds NRST low, then try again.</source>
        <translation>检查 SWDIO、SWCLK，并确认按钮能将 NRST 保持为低电平，然后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wizard did not finish in time</source>
        <translation>向导未能按时完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run it again; if it repeats, report it with the journal.</source>
        <translation>请重新运行；如果问题重复出现，请附上记录报告此问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validator refused the WRP fix</source>
        <translation>校验器拒绝了 WRP 修复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the finding in the hint; a DA regression may be needed first.</source>
        <translation>阅读提示中的检查结果；可能需要先执行 DA 回退。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording cannot be read</source>
        <translation>无法读取录制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay a copy without the bad line, or record the session again.</source>
        <translation>回放去掉损坏行后的副本，或重新录制会话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay left the recording</source>
        <translation>回放偏离了录制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay with the same command, options and credentials as the recording.</source>
        <translation>使用与录制时相同的命令、选项和凭据进行回放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording ended early</source>
        <translation>录制提前结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay it with the command that was recorded.</source>
        <translation>使用录制时的命令进行回放。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded error without a code</source>
        <translation>录制的错误没有代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the recorded message; record the session again if needed.</source>
        <translation>阅读录制的消息；如有需要，请重新录制会话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lab scenario</source>
        <translation>实验室场景无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the field the message names; docs/lab.md describes the format.</source>
        <translation>更正消息中指出的字段；格式说明见 docs/lab.md。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown lab scenario</source>
        <translation>未知的实验室场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a shipped name (rescue lab list) or a path to a scenario .json file.</source>
        <translation>使用自带场景的名称（rescue lab list）或场景 .json 文件的路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario file cannot be read</source>
        <translation>无法读取场景文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path; rescue lab list shows the shipped scenarios.</source>
        <translation>检查路径；rescue lab list 会显示自带的场景。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab ROM does not know the command</source>
        <translation>实验室 ROM 无法识别该命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Check the host&apos;s ADAC exchange; from the workbench it is a bug to report.</source>
        <translation>检查主机端的 ADAC 交互；若来自本工具，则属于应报告的缺陷。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Scenario .obk has no DA method</source>
        <translation>场景的 .obk 没有 DA 方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the scenario a DA_Config.obk or DA_ConfigWithPassword.obk.</source>
        <translation>为场景提供 DA_Config.obk 或 DA_ConfigWithPassword.obk。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip lacks that DA method</source>
        <translation>实验室芯片未预置该 DA 方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the credentials of the method the chip is provisioned for.</source>
        <translation>使用芯片所预置方式对应的凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials sent before AUTH_START</source>
        <translation>在 AUTH_START 之前发送了凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send AUTH_START first, then the credentials.</source>
        <translation>先发送 AUTH_START，再发送凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH_RESPONSE too short</source>
        <translation>AUTH_RESPONSE 过短</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AUTH_RESPONSE of unknown type</source>
        <translation>AUTH_RESPONSE 类型未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token sent out of order</source>
        <translation>令牌发送顺序错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the whole chain, then the token.</source>
        <translation>先发送完整的证书链，再发送令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab chip refused the password</source>
        <translation>实验室芯片拒绝了密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the password file the scenario provisions.</source>
        <translation>使用场景所预置的密码文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab memory region does not fit</source>
        <translation>实验室存储器区域不合适</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the region a size that fits the address space.</source>
        <translation>为该区域指定适合地址空间的大小。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab memory regions overlap</source>
        <translation>实验室存储器区域相互重叠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every region of a board its own address range.</source>
        <translation>为板卡的每个区域分配各自的地址范围。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid listen address</source>
        <translation>监听地址无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 127.0.0.1.</source>
        <translation>使用 127.0.0.1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial too long for the server</source>
        <translation>序列号对服务器而言过长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the virtual probe a serial of at most 32 characters.</source>
        <translation>为虚拟探针指定最多 32 个字符的序列号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate virtual probe serial</source>
        <translation>虚拟探针序列号重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every virtual probe its own serial.</source>
        <translation>为每个虚拟探针指定各自的序列号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No virtual probe for the server</source>
        <translation>服务器没有虚拟探针</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Report it with the command that was run.</source>
        <translation>请附上所运行的命令报告此问题。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Server refuses a non-local address</source>
        <translation>服务器拒绝非本地地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen on 127.0.0.1, or allow other addresses explicitly if you mean it.</source>
        <translation>在 127.0.0.1 上监听；如确有需要，请明确允许其他地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested reply too large</source>
        <translation>请求的应答过大</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Have the client split its transfers to the server&apos;s limit.</source>
        <translation>让客户端按服务器的限制拆分传输。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Request too large</source>
        <translation>请求过大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server already running</source>
        <translation>服务器已在运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running server before starting it again.</source>
        <translation>先停止正在运行的服务器，然后再启动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server socket error</source>
        <translation>服务器套接字错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another port, or stop the program that already uses it.</source>
        <translation>选择其他端口，或停止已占用该端口的程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab server stopped unexpectedly</source>
        <translation>实验室服务器意外停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the command again; the board&apos;s state was saved.</source>
        <translation>重新运行命令；板卡状态已保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown ST-LINK server command</source>
        <translation>未知的 ST-LINK 服务器命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a client that speaks the ST-LINK server protocol, such as OpenOCD.</source>
        <translation>使用支持 ST-LINK 服务器协议的客户端，例如 OpenOCD。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firmware does not fit the virtual model</source>
        <translation>固件与虚拟型号不符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a version of the model&apos;s generation, such as V2J46S7 or V3J17M10B6S1.</source>
        <translation>请给出该型号所属代的版本，例如 V2J46S7 或 V3J17M10B6S1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual probe serial too long</source>
        <translation>虚拟探针序列号过长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a serial of at most 32 characters.</source>
        <translation>使用最多 32 个字符的序列号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown virtual ST-LINK model</source>
        <translation>未知的虚拟 ST-LINK 型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of the model names the hint lists.</source>
        <translation>使用提示中列出的型号名称之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core access port closed</source>
        <translation>内核访问端口已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it with Debug Authentication; if it should be Open, connect under reset.</source>
        <translation>使用调试认证将其打开；如果芯片应处于 Open 状态，请使用复位下连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check SWDIO, SWCLK and GND, lower the SWD clock, or try --mode under-reset.</source>
        <translation>检查 SWDIO、SWCLK 和 GND，降低 SWD 时钟，或尝试 --mode under-reset。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target not powered</source>
        <translation>目标未上电</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power the board and connect the probe&apos;s T_VCC (VREF) pin to the board&apos;s supply.</source>
        <translation>为板卡上电，并将探针的 T_VCC (VREF) 引脚连接到板卡电源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid ST-LINK server address</source>
        <translation>ST-LINK 服务器地址无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the server as HOST:PORT, for example 127.0.0.1:7184.</source>
        <translation>以 HOST:PORT 形式指定服务器，例如 127.0.0.1:7184。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong USB endpoint</source>
        <translation>USB 端点错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s USB PID and report it.</source>
        <translation>检查探针的 USB PID 并报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe connection lost</source>
        <translation>探针连接已断开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe sent more data than expected</source>
        <translation>探针发送的数据多于预期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the probe firmware, or report the firmware version.</source>
        <translation>更新探针固件，或报告固件版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe busy with another server client</source>
        <translation>探针正忙于服务其他服务器客户端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the other tool to finish, or stop its debug session.</source>
        <translation>等待其他工具完成，或停止其调试会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK server could not open the probe</source>
        <translation>ST-LINK 服务器无法打开探针</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close that program, or unplug and replug the probe.</source>
        <translation>关闭该程序，或拔下探针后重新插入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request too large for the ST-LINK server</source>
        <translation>请求对 ST-LINK 服务器而言过大</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ST-LINK server reported an error</source>
        <translation>ST-LINK 服务器报告错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the probes and open again; update or restart the ST-LINK server.</source>
        <translation>列出探针后重新打开；更新或重启 ST-LINK 服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to the ST-LINK server</source>
        <translation>无法连接到 ST-LINK 服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start stlink-server (or rescue lab serve) there, and check the host and port.</source>
        <translation>在该主机上启动 stlink-server（或 rescue lab serve），并检查主机和端口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer timed out</source>
        <translation>传输超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the probe&apos;s cable; if the probe is stuck, unplug it and plug it back in.</source>
        <translation>检查探针线缆；如果探针卡死，请拔下后重新插入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission for the USB device</source>
        <translation>无权访问 USB 设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the workbench&apos;s udev rule or the WinUSB driver, then replug the probe.</source>
        <translation>安装本工具的 udev 规则或 WinUSB 驱动，然后重新插拔探针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is using the probe</source>
        <translation>另一个程序正在使用探针</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it, or share the probe through stlink-tcp://127.0.0.1:7184.</source>
        <translation>关闭该程序，或通过 stlink-tcp://127.0.0.1:7184 共享探针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB transfer failed</source>
        <translation>USB 传输失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug and replug the probe; try another cable or USB port.</source>
        <translation>拔下并重新插入探针；尝试更换线缆或 USB 端口。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB cannot start</source>
        <translation>USB 无法启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the system access to /dev/bus/usb, or use lab or ST-LINK server probes.</source>
        <translation>授予系统对 /dev/bus/usb 的访问权限，或使用实验室或 ST-LINK 服务器探针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB device or interface gone</source>
        <translation>USB 设备或接口已消失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug and replug the probe; if it persists, update its firmware.</source>
        <translation>拔下并重新插入探针；如果问题仍然存在，请更新其固件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB endpoint stalled</source>
        <translation>USB 端点已停止 (STALL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the operation, and replug the probe if it happens again.</source>
        <translation>重试该操作；如果再次发生，请重新插拔探针。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed without a reason</source>
        <translation>连接失败，未给出原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the last lines of the PROBE channel in the log.</source>
        <translation>查看日志中 PROBE 通道的最后几行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DA session failed without a reason</source>
        <translation>DA 会话失败，未给出原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the DA lines of the log.</source>
        <translation>查看日志中的 DA 行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files not chosen</source>
        <translation>未选择证书文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the leaf key (key_3_leaf.pem) and the chain (cert_leaf_chain.b64).</source>
        <translation>选择叶密钥（key_3_leaf.pem）和证书链（cert_leaf_chain.b64）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password file not chosen</source>
        <translation>未选择密码文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose ST&apos;s password.bin or a file holding the raw password.</source>
        <translation>选择 ST 的 password.bin 或包含原始密码的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option-byte job failed without a reason</source>
        <translation>选项字节任务失败，未给出原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the OB lines of the log.</source>
        <translation>查看日志中的 OB 行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated operator needs a lab board</source>
        <translation>模拟操作员需要实验室板卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick the simulated operator and press the board&apos;s RESET yourself.</source>
        <translation>取消勾选模拟操作员选项，并亲自按下板卡上的 RESET 按钮。</translation>
    </message>
</context>
<context>
    <name>IdentityReport</name>
    <message>
        <location filename="../core/device/target_identity_report.cpp" line="+34"/>
        <source>Connect mode</source>
        <translation>连接模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target voltage</source>
        <translation>目标电压</translation>
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
        <translation>器件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access port</source>
        <translation>访问端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option byte</source>
        <translation>选项字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core</source>
        <translation>内核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../ui/log_export.cpp" line="+26"/>
        <source>The log could not be written: %1.</source>
        <translation>无法写入日志：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export file is not open for writing.</source>
        <translation>导出文件未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../ui/optionbytes/ob_jobs.cpp" line="+40"/>
        <source>Reading the option bytes</source>
        <translation>读取选项字节</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Checking the change</source>
        <translation>检查更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programming the option bytes</source>
        <translation>编程选项字节</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Erasing</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location filename="../ui/probe_jobs.cpp" line="+177"/>
        <source>Identifying the target</source>
        <translation>识别目标</translation>
    </message>
    <message>
        <location filename="../core/auth/da_session.cpp" line="+71"/>
        <source>Connecting to the debug port</source>
        <translation>连接调试端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asserting target reset</source>
        <translation>保持目标复位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding the DBGMCU mailbox through AP0</source>
        <translation>通过 AP0 查找 DBGMCU 邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the request word</source>
        <translation>写入请求字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De-asserting target reset</source>
        <translation>释放目标复位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the chip&apos;s answer</source>
        <translation>等待芯片应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discovery</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the credentials</source>
        <translation>检查凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requesting a challenge</source>
        <translation>请求质询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending a certificate</source>
        <translation>发送证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the signed token</source>
        <translation>发送已签名令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the password</source>
        <translation>发送密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the chip through the granted action</source>
        <translation>跟踪芯片执行所授予的操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the chip&apos;s state</source>
        <translation>读取芯片状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown step</source>
        <translation>未知步骤</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../core/recovery/diagnosis.cpp" line="+143"/>
        <source>Probe and firmware</source>
        <translation>探针和固件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Target voltage</source>
        <translation>目标电压</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Access ports</source>
        <translation>访问端口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device</source>
        <translation>器件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core</source>
        <translation>内核</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NRST wiring</source>
        <translation>NRST 接线</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <location line="+4"/>
        <location filename="../core/recovery/plan_steps.cpp" line="+247"/>
        <source>Option bytes</source>
        <translation>选项字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../core/recovery/recovery_plan.cpp" line="+35"/>
        <source>Nothing to recover</source>
        <translation>无需恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board is healthy</source>
        <translation>板卡状态正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the write protection, then erase</source>
        <translation>先解除写保护，再擦除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Debug Authentication regression back to Open, then make the flash erasable</source>
        <translation>通过调试认证回退到 Open，再使闪存可擦除</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find out whether DA is provisioned, then regress or provision it</source>
        <translation>确认是否已预置 DA，然后回退或预置</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provision Debug Authentication before anything else</source>
        <translation>首先预置调试认证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No way back with the wizard</source>
        <translation>向导无法恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict and what remains possible</source>
        <translation>判定及仍可采取的措施</translation>
    </message>
    <message>
        <location filename="../core/recovery/plan_steps.cpp" line="-162"/>
        <source>Debug Authentication</source>
        <translation>调试认证</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Write protection</source>
        <translation>写保护</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mass erase</source>
        <translation>整片擦除</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Provision Debug Authentication</source>
        <translation>预置调试认证</translation>
    </message>
    <message>
        <location filename="../core/recovery/prompts.cpp" line="+11"/>
        <source>Press and hold RESET</source>
        <translation>按住 RESET</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Release RESET</source>
        <translation>松开 RESET</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run the plan?</source>
        <translation>执行该计划？</translation>
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
        <translation>Rescue Workbench：恢复 STM32H5 和 STM32H7RS 板卡。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to this probe once it is listed (usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME or replay:FILE).</source>
        <translation>该探针出现在列表中后即连接它（usb、stlink:SERIAL、cmsis-dap[:SERIAL]、stlink-tcp://HOST:PORT[/SERIAL]、lab:NAME 或 replay:FILE）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start, find the device catalog and the lab&apos;s boards, say what was found and quit (exit status 0 when the installation is complete).</source>
        <translation>启动，查找器件目录和实验室的板卡，报告找到的内容后退出（安装完整时退出状态为 0）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this language for this run: en, de, fr, ja or zh_CN (View &gt; Language saves a choice).</source>
        <translation>本次运行使用此语言：en、de、fr、ja 或 zh_CN（“视图 &gt; 语言”可保存选择）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rescue-workbench: no translation for %1; the languages are %2.</source>
        <translation>rescue-workbench：没有 %1 的翻译；可用语言为 %2。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::DaPanel</name>
    <message>
        <location filename="../ui/da_panel.cpp" line="+43"/>
        <source>Private keys (*.pem *.der *.key);;All files (*)</source>
        <translation>私钥 (*.pem *.der *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chains (*.b64 *.pem *.cert);;All files (*)</source>
        <translation>证书链 (*.b64 *.pem *.cert);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password files (*.bin *.txt);;All files (*)</source>
        <translation>密码文件 (*.bin *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to try</source>
        <translation>建议操作</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+665"/>
        <source>&amp;Discover</source>
        <translation>发现(&amp;D)</translation>
    </message>
    <message>
        <location line="-662"/>
        <source>Reset the chip into its Debug Authentication loop and read what it reports and offers. Nothing is changed on the chip.</source>
        <translation>将芯片复位进入其调试认证循环，读取其报告和提供的内容。不会更改芯片上的任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discover first</source>
        <translation>请先执行发现</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+634"/>
        <source>&amp;Authenticate</source>
        <translation>认证(&amp;A)</translation>
    </message>
    <message>
        <location line="-630"/>
        <source>&amp;Permission</source>
        <translation>权限(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The leaf private key and the certificate chain (root first) from your DA package.</source>
        <translation>DA 包中的叶私钥和证书链（根证书在前）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ST&apos;s password.bin, or a file holding the raw password (STM32H503 and password-provisioned chips).</source>
        <translation>ST 的 password.bin，或包含原始密码的文件（适用于 STM32H503 及以密码预置的芯片）。</translation>
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
        <translation>选择文件（%1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaf private key</source>
        <translation>叶私钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hain</source>
        <translation>证书链(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate chain, root first</source>
        <translation>证书链，根证书在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssword file</source>
        <translation>密码文件(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password file</source>
        <translation>密码文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the files offline: certificates decoded, signatures, the key against the leaf, the permission against every mask. No board is touched.</source>
        <translation>离线检查文件：解码证书、校验签名、核对密钥与叶证书是否匹配、核对权限与每个掩码。不会接触任何板卡。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is encrypted. Its passphrase (not stored, not logged):</source>
        <translation>%1 已加密。请输入其口令（不会保存，也不会记入日志）：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a probe in the Devices panel: its board is the target.</source>
        <translation>请在“设备”面板中选择一个探针：其连接的板卡即为目标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No problem found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (%2)</source>
        <translation>证书 %1（%2）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DA discovery on %1</source>
        <translation>在 %1 上执行 DA 发现</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erase and regress</source>
        <translation>擦除并回退</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The credentials could not be loaded; the board was not touched.</source>
        <translation>无法加载凭据；未对板卡进行任何操作。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Board: %2 behind %3.
This cannot be undone.</source>
        <translation>%1

板卡：%2，通过 %3 连接。
此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chip</source>
        <translation>该芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the user flash?</source>
        <translation>擦除用户闪存？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: nothing was sent to the chip.</source>
        <translation>未确认：未向芯片发送任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not requested; the board is as it was.</source>
        <translation>未请求 %1；板卡保持原样。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DA authentication on %1</source>
        <translation>在 %1 上执行 DA 认证</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (%1 ms)</source>
        <translation> （%1 ms）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session was cancelled.</source>
        <translation>会话已取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 round trips, %2 ms%3.</source>
        <translation>往返 %1 次，耗时 %2 ms%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of lab time</source>
        <translation>（实验室时间）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered in its Debug Authentication loop.</source>
        <translation>%1 已在其调试认证循环中应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip</source>
        <translation>芯片</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It offers %n permission(s); choose one and Authenticate.</source>
        <translation>
            <numerusform>它提供 %n 项权限；请选择一项，然后点击“认证”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lists no permissions (password chips do not): choose one of the family&apos;s and Authenticate.</source>
        <translation>它未列出任何权限（密码芯片不会列出）：请从该系列的权限中选择一项，然后点击“认证”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open reached: %1 on %2 is back in Open.</source>
        <translation>已达到 Open：%2 上的 %1 已恢复为 Open 状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication successful on %1.</source>
        <translation>在 %1 上认证成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: %1 → %2.</source>
        <translation>状态：%1 → %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session failed.</source>
        <translation>会话失败。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed at: %1.</source>
        <translation>失败步骤：%1。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>raw</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (bit %2)</source>
        <translation>%1（位 %2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The permissions the chip lists as &apos;permission if authorized&apos;.</source>
        <translation>芯片列为“permission if authorized”的权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chip lists no permissions (password chips do not); these are the family&apos;s. The chip grants only what it was provisioned for.</source>
        <translation>芯片未列出任何权限（密码芯片不会列出）；这些是该系列的权限。芯片只会授予其预置时允许的权限。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Discovering…</source>
        <translation>正在发现…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticating…</source>
        <translation>正在认证…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a probe in the Devices panel first.</source>
        <translation>请先在“设备”面板中选择一个探针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover first: the permissions come from what the chip offers.</source>
        <translation>请先执行发现：权限来自芯片提供的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovery and authentication in one reset, then follow the chip through what it was granted.</source>
        <translation>在一次复位中完成发现和认证，然后跟踪芯片执行所授予的操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This erases.</source>
        <translation>此操作会擦除。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::DevicePanel</name>
    <message>
        <location filename="../ui/device_panel.cpp" line="+68"/>
        <location line="+344"/>
        <location line="+7"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Probes and lab boards</source>
        <translation>探针和实验室板卡</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Rescan</source>
        <translation>重新扫描(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for probes again (USB, the ST-LINK servers below and the lab).</source>
        <translation>重新查找探针（USB、下方的 ST-LINK 服务器以及实验室）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ST-LINK server address (HOST:PORT)</source>
        <translation>ST-LINK 服务器地址 (HOST:PORT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ST-LINK server HOST:PORT</source>
        <translation>ST-LINK 服务器 HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share a probe with STM32CubeIDE: the address of an ST-LINK server (stlink-server, default port 7184) to ask for probes on every scan.</source>
        <translation>与 STM32CubeIDE 共享探针：ST-LINK 服务器（stlink-server，默认端口 7184）的地址，每次扫描时都会向其查询探针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under reset</source>
        <translation>复位下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot plug</source>
        <translation>热插拔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach, halt the core while it is read, then let it run again.</source>
        <translation>连接，读取期间暂停内核，然后使其继续运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold NRST while attaching and catch the core at its reset vector.</source>
        <translation>连接时保持 NRST，并在复位向量处捕获内核。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach without reset or halt; the NRST wiring is not checked.</source>
        <translation>连接时不复位也不暂停；不检查 NRST 接线。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The core&apos;s access port: AP1 on STM32H5 and STM32H7RS; AP0 reaches only DBGMCU.</source>
        <translation>内核的访问端口：STM32H5 和 STM32H7RS 上为 AP1；AP0 只能访问 DBGMCU。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+468"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>&amp;Recover this board…</source>
        <translation>恢复此板卡(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the stuck-board wizard on the selected probe: checks, verdict, plan, steps.</source>
        <translation>在所选探针上打开卡死板卡向导：检查、判定、计划、步骤。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core &amp;AP</source>
        <translation>内核 AP(&amp;A)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Scan for probes</source>
        <translation>扫描探针</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>an unidentified device</source>
        <translation>未识别的器件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers, but its core is out of reach</source>
        <translation>%1 有应答，但无法访问其内核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1: %2 round trips, %3 ms.</source>
        <translation>已连接到 %1：往返 %2 次，耗时 %3 ms。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 was cancelled.</source>
        <translation>与 %1 的连接已取消。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a probe to connect to its target.</source>
        <translation>选择一个探针以连接其目标。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serial %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firmware %1</source>
        <translation>固件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1 V</source>
        <translation>目标电压 %1 V</translation>
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
        <translation>尚未连接：请选择模式和内核的访问端口，然后点击“连接”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last connection was cancelled before the target was read.</source>
        <translation>上次连接在读取目标之前已被取消。</translation>
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
        <translation>“%1”不是服务器地址。请按 HOST:PORT 格式填写，例如 127.0.0.1:7184。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+58"/>
        <source>ST-LINK servers asked on every scan: %1</source>
        <translation>每次扫描时查询的 ST-LINK 服务器：%1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Looking for probes…</source>
        <translation>正在查找探针…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No probe is attached.</source>
        <translation>未连接任何探针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 probe found.</source>
        <translation>找到 1 个探针。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 probes found.</source>
        <translation>找到 %1 个探针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 virtual lab board listed.</source>
        <translation>列出 1 块虚拟实验室板卡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 virtual lab boards listed.</source>
        <translation>列出 %1 块虚拟实验室板卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No virtual lab boards found.</source>
        <translation>未找到虚拟实验室板卡。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a probe first.</source>
        <translation>请先选择一个探针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This probe cannot be opened; see the note under its name.</source>
        <translation>无法打开此探针；请参阅其名称下方的说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identify the target behind the selected probe and check its NRST wiring.</source>
        <translation>识别所选探针连接的目标，并检查其 NRST 接线。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::EngineStatusWidget</name>
    <message>
        <location filename="../ui/engine_status_widget.cpp" line="+30"/>
        <source>Job progress</source>
        <translation>作业进度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cancel the running job; the board is left as the last finished step left it</source>
        <translation>取消正在运行的作业；板卡将保持最后完成的步骤之后的状态</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine: %1</source>
        <translation>引擎：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine: %1 — %2</source>
        <translation>引擎：%1 — %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This step finishes on the chip whatever the computer does; Cancel is possible again after it</source>
        <translation>无论计算机执行什么操作，此步骤都会在芯片上执行完毕；完成后可再次取消</translation>
    </message>
</context>
<context>
    <name>rescue::ui::FieldGroups</name>
    <message>
        <location filename="../ui/optionbytes/field_groups.cpp" line="+70"/>
        <source>Set through the boot ROM service</source>
        <translation>通过 Boot ROM 服务设置</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(boot ROM service %1)</source>
        <translation>（Boot ROM 服务 %1）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hex, at most 0x%1</source>
        <translation>十六进制，最大 0x%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 does not fit %2: at most 0x%3. Nothing was taken.</source>
        <translation>%1 超出 %2 的范围：最大 0x%3。未采用该值。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (not a listed value)</source>
        <translation>%1（不是列出的值）</translation>
    </message>
</context>
<context>
    <name>rescue::ui::FindingsView</name>
    <message>
        <location filename="../ui/optionbytes/findings_view.cpp" line="+31"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irreversible</source>
        <translation>不可逆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>DA configuration: %1</source>
        <translation>DA 配置：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead: %1</source>
        <translation>替代做法：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply will ask you to type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>执行“应用”时需要输入：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The validator has nothing against this change.</source>
        <translation>校验器未发现此更改有任何问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending change: edit a field, a WRP cell or the product state.</source>
        <translation>没有待应用的更改：请编辑字段、WRP 单元格或产品状态。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LifecycleDiagram</name>
    <message>
        <location filename="../ui/optionbytes/lifecycle_diagram.cpp" line="+48"/>
        <source>Blue: the state in force. Green: a move the validator allows. Grey: refused or hardware-only (hover for why). Orange outline: the state asked for.</source>
        <translation>蓝色：当前生效的状态。绿色：校验器允许的转换。灰色：被拒绝或仅能由硬件完成（悬停查看原因）。橙色轮廓：请求的状态。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the state in force</source>
        <translation>当前生效的状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chip passes through it by itself; it cannot be asked for</source>
        <translation>芯片会自行经过此状态；不能请求进入该状态</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LogModel</name>
    <message>
        <location filename="../ui/log_model.cpp" line="+25"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>级别 %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(job %1, session %2, event %3)</source>
        <translation>（作业 %1，会话 %2，事件 %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(event %1)</source>
        <translation>（事件 %1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>rescue::ui::LogView</name>
    <message>
        <location filename="../ui/log_view.cpp" line="+49"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Copy lines</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a line to see when it was logged, by which job, and its fields.</source>
        <translation>选择一行，查看其记录时间、所属作业及其字段。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show lines of this level and above</source>
        <translation>显示此级别及以上的行</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+93"/>
        <location line="+138"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Channels appear here as lines arrive</source>
        <translation>收到日志行后，通道会显示在此处</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest line in view</source>
        <translation>始终显示最新一行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As &amp;text…</source>
        <translation>文本格式(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;JSON lines…</source>
        <translation>JSON Lines 格式(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the lines the filter shows</source>
        <translation>保存过滤器显示的行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every line from this view (the journal on disk keeps them)</source>
        <translation>从此视图中移除所有行（磁盘上的记录仍会保留）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose which channels are shown</source>
        <translation>选择要显示的通道</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <location line="+138"/>
        <source>Channels (%n hidden)</source>
        <translation>
            <numerusform>通道（已隐藏 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>No lines yet</source>
        <translation>暂无日志行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 lines</source>
        <translation>显示 %1 行，共 %2 行</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be saved: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export log as text</source>
        <translation>将日志导出为文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export log as JSON lines</source>
        <translation>将日志导出为 JSON Lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
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
        <translation>目标：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recording stopped: %1</source>
        <translation>录制已停止：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Recording to %1</source>
        <translation>● 正在录制到 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option bytes</source>
        <translation>选项字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Debug Authentication</source>
        <translation>调试认证</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover a stuck &amp;board…</source>
        <translation>恢复卡死的板卡(&amp;B)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Debug Authentication…</source>
        <translation>调试认证(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover, authenticate and regress the board behind the selected probe.</source>
        <translation>对所选探针连接的板卡执行发现、认证和回退。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record session…</source>
        <translation>录制会话(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record every probe call to a file (passwords redacted), to replay it later</source>
        <translation>将每次探针调用录制到文件（密码已隐去），以便日后回放</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record session to</source>
        <translation>将会话录制到</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Probe recordings (*.jsonl);;All files (*)</source>
        <translation>探针录制文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record session</source>
        <translation>录制会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open recording…</source>
        <translation>打开录制文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Open recording</source>
        <translation>打开录制文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export log as &amp;text…</source>
        <translation>将日志导出为文本(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export log as &amp;JSON lines…</source>
        <translation>将日志导出为 JSON Lines(&amp;J)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rescue Workbench</source>
        <translation>关于 Rescue Workbench(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language changes when Rescue Workbench starts again.</source>
        <translation>重新启动 Rescue Workbench 后语言才会更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Rescue Workbench</source>
        <translation>关于 Rescue Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rescue Workbench %1&lt;/h3&gt;&lt;p&gt;Recovers STM32H5 and STM32H7RS boards stuck after Debug Authentication provisioning or a product-state change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rescue Workbench %1&lt;/h3&gt;&lt;p&gt;恢复在调试认证预置或产品状态更改后卡死的 STM32H5 和 STM32H7RS 板卡。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnose the board behind the selected probe and walk through its recovery.</source>
        <translation>诊断所选探针连接的板卡，并逐步引导完成恢复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery wizard needs a probe: select one in the device panel (a USB ST-LINK, a server or a lab board).</source>
        <translation>恢复向导需要一个探针：请在“设备”面板中选择一个（USB ST-LINK、服务器或实验室板卡）。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::ManualResetPanel</name>
    <message>
        <location filename="../ui/wizard/manual_reset_panel.cpp" line="+48"/>
        <source>I&apos;m holding it</source>
        <translation>我已按住</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release now</source>
        <translation>立即松开</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>RESET button (lab board)
hold it down with the mouse</source>
        <translation>RESET 按钮（实验室板卡）
用鼠标按住</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>PRESS AND HOLD the lab board&apos;s RESET</source>
        <translation>按住实验室板卡的 RESET 不放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRESS AND HOLD RESET</source>
        <translation>按住 RESET 不放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LET GO of the RESET button</source>
        <translation>松开 RESET 按钮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RELEASE RESET NOW</source>
        <translation>立即松开 RESET</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try %1. %2</source>
        <translation>第 %1 次尝试。%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Hold the RESET button below down with the mouse and keep holding it.</source>
        <translation>
用鼠标按住下方的 RESET 按钮并保持按住。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Let go of the mouse button: that releases RESET.</source>
        <translation>
松开鼠标按键：即释放 RESET。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RESET held (lab board)
let go of the mouse button to release</source>
        <translation>RESET 已按住（实验室板卡）
松开鼠标按键即可释放</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No hurry: take your time to hold the button.</source>
        <translation>不必着急：慢慢按住按钮即可。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After you let go, the workbench listens for the chip for %1 s.</source>
        <translation>松开后，工作台将监听芯片 %1 s。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listening for the chip…</source>
        <translation>正在监听芯片…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KEEP HOLDING the RESET button</source>
        <translation>继续按住 RESET 按钮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEEP HOLDING RESET</source>
        <translation>继续按住 RESET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbench writes the request into the chip while you hold it…</source>
        <translation>在您按住期间，工作台正在将请求写入芯片…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 s left</source>
        <translation>剩余 %1 s</translation>
    </message>
</context>
<context>
    <name>rescue::ui::OptionBytePanel</name>
    <message>
        <location filename="../ui/option_byte_panel.cpp" line="+66"/>
        <source>%1 round trips, %2 ms%3.</source>
        <translation>往返 %1 次，耗时 %2 ms%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of lab time</source>
        <translation>（实验室时间）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the option bytes of the target behind the probe selected in Devices.</source>
        <translation>读取“设备”中所选探针连接的目标的选项字节。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the change on the chip, confirm what cannot be undone, then program and verify.</source>
        <translation>在芯片上检查更改，确认无法撤销的内容，然后编程并校验。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop every pending change.</source>
        <translation>放弃所有待应用的更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option bytes as read to a JSON file (the CLI&apos;s format).</source>
        <translation>将读取到的选项字节保存为 JSON 文件（CLI 的格式）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the option bytes of a JSON file the pending change.</source>
        <translation>将 JSON 文件中的选项字节作为待应用的更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase (mass)…</source>
        <translation>擦除（整片）…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase the whole user flash.</source>
        <translation>擦除整个用户闪存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clear every write-protection bit and program it, as the erase error offers.</source>
        <translation>按擦除错误所建议的，清除所有写保护位并编程。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Product state</source>
        <translation>产品状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write protection</source>
        <translation>写保护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Pending changes</source>
        <translation>待应用的更改</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export option bytes</source>
        <translation>导出选项字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes (*.json)</source>
        <translation>选项字节 (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import option bytes</source>
        <translation>导入选项字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option bytes (*.json);;All files (*)</source>
        <translation>选项字节 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a probe in the Devices panel first.</source>
        <translation>请先在“设备”面板中选择一个探针。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read option bytes</source>
        <translation>读取选项字节</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check option-byte change</source>
        <translation>检查选项字节更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused: nothing was written. The findings say what to do instead.</source>
        <translation>已拒绝：未写入任何内容。检查结果中说明了替代做法。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was written: the confirmation was cancelled.</source>
        <translation>未写入任何内容：确认已取消。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write option bytes</source>
        <translation>写入选项字节</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erase the whole flash</source>
        <translation>擦除整个闪存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass erase deletes every byte of the user flash of %1. Continue?</source>
        <translation>整片擦除将删除 %1 用户闪存中的每一个字节。是否继续？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mass erase</source>
        <translation>整片擦除</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Read the option bytes first: there is nothing to export.</source>
        <translation>请先读取选项字节：没有可导出的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1: check the path and its permissions.</source>
        <translation>无法写入 %1：请检查路径及其权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the option bytes first: an import is compared with what the chip holds.</source>
        <translation>请先读取选项字节：导入的内容需要与芯片中的内容进行比较。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file: choose the JSON file an export wrote.</source>
        <translation>%1 不是文件：请选择导出时写入的 JSON 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2 bytes, far too large for an option-byte file: choose the JSON file an export wrote.</source>
        <translation>%1 大小为 %2 字节，对于选项字节文件而言过大：请选择导出时写入的 JSON 文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1: it holds what the chip holds, nothing to change.</source>
        <translation>已导入 %1：其内容与芯片中的内容相同，无需更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %1: %n pending change(s).</source>
        <translation>
            <numerusform>已导入 %1：%n 项待应用的更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a probe in the Devices panel and press Read: the option bytes are read from the chip, never made up.</source>
        <translation>请在“设备”面板中选择一个探针并点击“读取”：选项字节始终从芯片读取，绝不凭空生成。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 — read through %3.</source>
        <translation>%1，%2 — 通过 %3 读取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not asked yet; Apply runs a DA discovery first (one reset).</source>
        <translation>尚未查询；“应用”会先执行一次 DA 发现（一次复位）。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nothing was written: what was typed is not the phrase this change needs (%1). Type it exactly, or leave the chip as it is.</source>
        <translation>未写入任何内容：输入的内容不是此更改所需的短语（%1）。请准确输入该短语，或保持芯片现状。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apply the offered fix: %1</source>
        <translation>应用建议的修复：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Option bytes read. %1</source>
        <translation>已读取选项字节。%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mismatch</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written and verified.</source>
        <translation>已写入并校验。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to write.</source>
        <translation>没有需要写入的内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flash erased in %1 ms. %2</source>
        <translation>闪存擦除完成，用时 %1 ms。%2</translation>
    </message>
</context>
<context>
    <name>rescue::ui::PendingDiffModel</name>
    <message>
        <location filename="../ui/optionbytes/pending_diff_model.cpp" line="+30"/>
        <source>(set by the boot ROM service %1)</source>
        <translation>（由 Boot ROM 服务 %1 设置）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>rescue::ui::PhraseDialog</name>
    <message>
        <location filename="../ui/optionbytes/phrase_dialog.cpp" line="+16"/>
        <source>Confirm an irreversible change</source>
        <translation>确认不可逆的更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tool can undo this change. Type each phrase exactly as shown to allow it; anything else writes nothing.</source>
        <translation>任何工具都无法撤销此更改。请严格按显示内容输入每个短语以允许此更改；输入其他任何内容都不会写入。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>输入：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write</source>
        <translation>写入</translation>
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
        <translation>（%1 V）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model: %1</source>
        <translation>型号：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware: %1</source>
        <translation>固件：%1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST-LINK server</source>
        <translation>ST-LINK 服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>录制文件</translation>
    </message>
</context>
<context>
    <name>rescue::ui::RescueWizard</name>
    <message>
        <location filename="../ui/wizard/rescue_wizard.cpp" line="+28"/>
        <source>Recover a stuck board</source>
        <translation>恢复卡死的板卡</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Done: the board is Open and erasable. Next shows the report.</source>
        <translation>完成：板卡处于 Open 状态且可擦除。点击“下一步”查看报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1. Next shows the report.</source>
        <translation>完成：%1。点击“下一步”查看报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. The board is left as the log says.</source>
        <translation>已取消。板卡状态以日志记录为准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard stopped.</source>
        <translation>向导已停止。</translation>
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
        <translation>使因调试认证和产品状态问题而卡死的 STM32H5 和 STM32H7RS 板卡恢复正常。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;ol&gt;&lt;li&gt;Attach a probe, or load the virtual lab (Devices panel).&lt;/li&gt;&lt;li&gt;Connect to the target: the workbench reads its state and option bytes.&lt;/li&gt;&lt;li&gt;Open the recovery wizard: it diagnoses the board, previews every change and asks before anything irreversible.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;连接探针，或加载虚拟实验室（“设备”面板）。&lt;/li&gt;&lt;li&gt;连接到目标：工作台会读取其状态和选项字节。&lt;/li&gt;&lt;li&gt;打开恢复向导：它会诊断板卡，预览每项更改，并在执行任何不可逆操作之前征求确认。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardChecksPage</name>
    <message>
        <location filename="../ui/wizard/checks_page.cpp" line="+56"/>
        <source>Checking the board</source>
        <translation>检查板卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check says what it saw. Expand a check to read its evidence.</source>
        <translation>每项检查都会说明其观察到的情况。展开检查项可查看其依据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it saw</source>
        <translation>观察结果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening the probe…</source>
        <translation>正在打开探针…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checked: %1</source>
        <translation>已检查：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checks are done. Next shows the verdict.</source>
        <translation>检查已完成。点击“下一步”查看判定。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardPlanPage</name>
    <message>
        <location filename="../ui/wizard/plan_page.cpp" line="+19"/>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been changed yet. Read what each step will do; steps marked irreversible ask again before they run.</source>
        <translation>尚未进行任何更改。请阅读每个步骤将执行的操作；标记为不可逆的步骤在运行前会再次询问。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the plan</source>
        <translation>运行计划</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan steps</source>
        <translation>计划步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the wizard to finish planning…</source>
        <translation>正在等待向导完成计划…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  [IRREVERSIBLE]</source>
        <translation>  [不可逆]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consequence: %1</source>
        <translation>后果：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Option byte %1</source>
        <translation>选项字节 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run the plan starts the steps. The irreversible ones ask before they run.</source>
        <translation>点击“运行计划”开始执行各步骤。不可逆的步骤在运行前会先询问。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the plan starts the steps. None of them is irreversible.</source>
        <translation>点击“运行计划”开始执行各步骤。其中没有不可逆的步骤。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The wizard has ended; Next shows the result.</source>
        <translation>向导已结束；点击“下一步”查看结果。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardResultPage</name>
    <message>
        <location filename="../ui/wizard/result_page.cpp" line="+29"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report (paste it in a forum post or a support ticket; it holds no secret):</source>
        <translation>报告（可粘贴到论坛帖子或支持工单中；其中不含任何机密信息）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save support bundle…</source>
        <translation>保存支持包…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder with the report, the checks and steps as JSON, the identification, the option bytes before and after, and the journal of this run. No key or password.</source>
        <translation>一个文件夹，包含报告、JSON 格式的检查项和步骤、识别信息、前后的选项字节，以及本次运行的记录。不含任何密钥或密码。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The wizard could not finish</source>
        <translation>向导未能完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board is left as the log says.</source>
        <translation>板卡状态以日志记录为准。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open and erasable: the board is back. Resets: %1 by the probe, %2 by hand.</source>
        <translation>Open 且可擦除：板卡已恢复。复位次数：探针 %1 次，手动 %2 次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Open and erasable. %1</source>
        <translation>未处于 Open 且可擦除的状态。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Step &quot;%1&quot; %2: %3</source>
        <translation>
步骤“%1”%2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Still possible:</source>
        <translation>
仍可执行：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Verdicts as the run learned more: %1</source>
        <translation>
随运行中获得更多信息而更新的判定：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The report is on the clipboard.</source>
        <translation>报告已复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save support bundle as folder</source>
        <translation>将支持包保存为文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (*.txt);;All files (*)</source>
        <translation>文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Support bundle saved in %1 (%2 files). Zip the folder to attach it.</source>
        <translation>支持包已保存到 %1（%2 个文件）。请将该文件夹压缩为 zip 后再附加。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardStepsPage</name>
    <message>
        <location filename="../ui/wizard/steps_page.cpp" line="+29"/>
        <source>Running the plan</source>
        <translation>正在运行计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the instructions below. Cancel stops the wizard; the log says what was done.</source>
        <translation>请按照以下说明操作。点击“取消”将停止向导；日志中记录了已完成的操作。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Steps and their results</source>
        <translation>步骤及其结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard is working…</source>
        <translation>向导正在运行…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Don&apos;t do it</source>
        <translation>不执行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+86"/>
        <source> (not run)</source>
        <translation>（未运行）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Verdict now: %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;当前判定：%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This cannot be undone: %1</source>
        <translation>此操作无法撤销：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to go ahead:</source>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt; 以继续：</translation>
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
        <translation>板卡处于什么状态，以及向导作出此判断的原因。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence for the verdict</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;What is still possible&lt;/b&gt;</source>
        <translation>&lt;b&gt;仍可执行的操作&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>

The plan&apos;s first step, a Debug Authentication discovery, tells whether a way back exists; the next page shows the plan.</source>
        <translation>

计划的第一步是调试认证发现，它会确定是否存在恢复途径；下一页显示该计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

The wizard has a way back: the next page shows its plan.</source>
        <translation>

向导找到了恢复途径：下一页显示其计划。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

The wizard has no way back to Open for this board.</source>
        <translation>

向导无法使此板卡恢复到 Open 状态。</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WizardWelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+35"/>
        <source>Recover a stuck board</source>
        <translation>恢复卡死的板卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wizard checks the board, says what state it is in and why, shows its plan, and asks before anything irreversible.</source>
        <translation>向导会检查板卡，说明其所处状态及原因，显示其计划，并在执行任何不可逆操作之前征求确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the checks</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probe:</source>
        <translation>探针：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Let the simulated operator do it (lab boards: a simulated person presses the RESET button and answers every question)</source>
        <translation>由模拟操作员执行（实验室板卡：由模拟人员按下 RESET 按钮并回答每个问题）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Credentials for Debug Authentication (optional)</source>
        <translation>调试认证凭据（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: diagnose and explain only</source>
        <translation>无：仅诊断和说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file (%1).</source>
        <translation>选择文件（%1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leaf private key</source>
        <translation>叶私钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys (*.pem *.der *.key);;All files (*)</source>
        <translation>密钥 (*.pem *.der *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain:</source>
        <translation>证书链：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate chain, root first</source>
        <translation>证书链，根证书在前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chains (*.b64 *.pem *.crt *.bin);;All files (*)</source>
        <translation>证书链 (*.b64 *.pem *.crt *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password file:</source>
        <translation>密码文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password.bin or a raw password file</source>
        <translation>password.bin 或原始密码文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passwords (*.bin);;All files (*)</source>
        <translation>密码 (*.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys and passwords stay on this computer: they never appear in the log, the report or a support bundle.</source>
        <translation>密钥和密码只保留在本计算机上：它们绝不会出现在日志、报告或支持包中。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No probe is listed yet. Plug in an ST-LINK or wait for the lab&apos;s boards to be listed; the device panel shows what was found.</source>
        <translation>尚未列出任何探针。请插入 ST-LINK，或等待实验室的板卡列出；“设备”面板会显示找到的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Last connection:</source>
        <translation>&lt;br&gt;上次连接：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;The wizard identifies the board behind this probe in its first checks.</source>
        <translation>&lt;br&gt;向导会在首轮检查中识别此探针连接的板卡。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;A lab board: nobody can press its RESET button by hand, so the wizard shows a RESET button to hold with the mouse.</source>
        <translation>&lt;br&gt;实验室板卡：无法用手按下其 RESET 按钮，因此向导会显示一个 RESET 按钮，供您用鼠标按住。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase for %1:</source>
        <translation>%1 的口令：</translation>
    </message>
</context>
<context>
    <name>rescue::ui::WrpSectorMap</name>
    <message>
        <location filename="../ui/optionbytes/wrp_sector_map.cpp" line="+56"/>
        <source>The part&apos;s flash size is not known, so its sectors cannot be drawn.</source>
        <translation>该器件的闪存容量未知，因此无法绘制其扇区。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Bank %1 (%2), %n sector(s):</source>
        <translation>
            <numerusform>Bank %1（%2），%n 个扇区：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sector(s) %1 of bank %2: write-protected (bit %3 = %4). Click to unprotect.</source>
        <translation>Bank %2 的扇区 %1：已写保护（位 %3 = %4）。点击可取消保护。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector(s) %1 of bank %2: not protected (bit %3 = %4). Click to protect.</source>
        <translation>Bank %2 的扇区 %1：未保护（位 %3 = %4）。点击可设置保护。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No sector is write-protected.</source>
        <translation>没有扇区处于写保护状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sector is write-protected: no erase or programming will succeed.</source>
        <translation>所有扇区均已写保护：任何擦除或编程操作都不会成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cells write-protected.</source>
        <translation>%2 个单元格中有 %1 个已写保护。</translation>
    </message>
</context>
</TS>
