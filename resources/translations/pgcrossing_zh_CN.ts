<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivityCheck</name>
    <message>
        <location filename="../../core/preflight/ActivityCheck.cpp" line="+43"/>
        <source>no active session or open transaction</source>
        <translation>没有活动会话或未结束的事务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read pg_stat_activity on the source: %1</source>
        <translation>无法读取源端的 pg_stat_activity：%1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nothing is writing to the source database</source>
        <translation>没有任何会话在写入源端数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No session is busy on the source database</source>
        <translation>源端数据库上没有忙碌的会话</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pid %1 %2 (user %3, application &quot;%4&quot;)</source>
        <translation>pid %1 %2（用户 %3，应用“%4”）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state hidden</source>
        <translation>状态不可见</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in a transaction open for %n minute(s) since %1</source>
        <translation>
            <numerusform>处于自 %1 起已持续 %n 分钟的事务中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n idle session(s)</source>
        <translation>
            <numerusform>%n 个空闲会话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These sessions will be ended when writes are held.</source>
        <translation>停写时这些会话将被终止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the applications&apos; writes, or choose &quot;hold writes&quot; (--hold-writes) to make the source read-only and end them.</source>
        <translation>请停止应用的写入，或选择“在源端停写”（--hold-writes），将源端设为只读并终止这些会话。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is a snapshot taken when each dump starts: what these sessions write afterwards is not carried (choose stop-write for a clean cut-over).</source>
        <translation>复制的是每次转储开始时的快照：这些会话此后写入的数据不会被带过去（如需干净切换，请选择停写迁移）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A long transaction may hold locks pg_dump waits for: end it (SELECT pg_terminate_backend(PID)) or let it finish first.</source>
        <translation>长事务可能持有 pg_dump 需要等待的锁：请终止它（SELECT pg_terminate_backend(PID)），或先等它结束。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No prepared transaction is pending on the source database</source>
        <translation>源端数据库上没有待处理的预备事务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no row in pg_prepared_xacts for this database</source>
        <translation>pg_prepared_xacts 中没有该数据库的行</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A prepared transaction belongs to no session: holding writes does not end it, and its locks and changes stay until the transaction manager that prepared it finishes it. Let it do so, or, as the DBA connected to this database, keep its changes with COMMIT PREPARED or drop them with ROLLBACK PREPARED: %1</source>
        <translation>预备事务不属于任何会话：停写不会结束它，它的锁和更改会一直保留，直到预备它的事务管理器将其完成。请等待事务管理器完成它；或者以 DBA 身份连接到该数据库，用 COMMIT PREPARED 保留其更改，或用 ROLLBACK PREPARED 丢弃其更改：%1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>cannot read pg_prepared_xacts on the source: %1</source>
        <translation>无法读取源端的 pg_prepared_xacts：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (owner %2, prepared %3)</source>
        <translation>%1（属主 %2，预备时间 %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMIT PREPARED %1; or ROLLBACK PREPARED %1;</source>
        <translation>COMMIT PREPARED %1; 或 ROLLBACK PREPARED %1;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its changes are not in the dump until it is committed.</source>
        <translation>在提交之前，它的更改不会出现在转储中。</translation>
    </message>
</context>
<context>
    <name>AnalyzeStep</name>
    <message>
        <location filename="../../core/migration/steps/AnalyzeStep.cpp" line="+10"/>
        <source>REINDEX DATABASE %1</source>
        <translation>正在执行 REINDEX DATABASE %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>REINDEX failed</source>
        <translation>REINDEX 执行失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANALYZE</source>
        <translation>正在执行 ANALYZE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ANALYZE failed</source>
        <translation>ANALYZE 执行失败</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/AnalyzeStep.h" line="+18"/>
        <source>Rebuild the indexes and update planner statistics of %1 (REINDEX, ANALYZE)</source>
        <translation>重建 %1 的索引并更新查询规划器统计信息（REINDEX、ANALYZE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update planner statistics of %1 (ANALYZE)</source>
        <translation>更新 %1 的查询规划器统计信息（ANALYZE）</translation>
    </message>
</context>
<context>
    <name>BackupDatabaseStep</name>
    <message>
        <location filename="../../core/migration/steps/BackupDatabaseStep.cpp" line="+19"/>
        <source>Back up roles and tablespaces (globals)</source>
        <translation>备份角色和表空间（全局对象）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up database %1</source>
        <translation>备份数据库 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the backup folder&apos;s disk is short of space: %1 free in %2 (%3 on %4) after %5 was written; the dump of %6 needs about %7 (its data on the source): free space there or choose a folder with room (--backup-dir DIR), then resume the session</source>
        <translation>备份文件夹所在磁盘空间不足：已写入 %5 后，%2（%3，挂载于 %4）只剩 %1 可用；%6 的转储大约需要 %7（其在源端的数据量）：请在该处释放空间，或选择一个空间足够的文件夹（--backup-dir DIR），然后恢复会话</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the backup directory %1</source>
        <translation>无法创建备份目录 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>back up globals</source>
        <translation>备份全局对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>back up %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 on %2 failed (exit %3): %4</source>
        <translation>%2 上的 %1 失败（退出码 %3）：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the partial file was removed, resume the session to back it up again</source>
        <translation>%1；未完成的文件已删除，请恢复会话以重新备份</translation>
    </message>
</context>
<context>
    <name>CheckNoWritersStep</name>
    <message>
        <location filename="../../core/migration/steps/CheckNoWritersStep.cpp" line="+21"/>
        <source>cannot read pg_stat_activity on the source</source>
        <translation>无法读取源端的 pg_stat_activity</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n session(s) are working on the source databases; stop the applications or choose &quot;hold writes&quot;</source>
        <translation>
            <numerusform>有 %n 个会话正在源端数据库上工作；请停止相关应用，或选择“在源端停写”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n idle session(s) are connected to the source databases</source>
        <translation>
            <numerusform>有 %n 个空闲会话连接着源端数据库</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other sessions</source>
        <translation>没有其他会话</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/CheckNoWritersStep.h" line="+18"/>
        <source>Check that nothing writes to the source</source>
        <translation>确认没有任何会话在写入源端</translation>
    </message>
</context>
<context>
    <name>ClaimTargetStep</name>
    <message>
        <location filename="../../core/migration/steps/ClaimTargetStep.cpp" line="+12"/>
        <source>cannot read the target&apos;s databases</source>
        <translation>无法读取目标端的数据库列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already this session&apos;s</source>
        <translation>%1 已属于本会话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 created empty and marked INCOMPLETE until the copy is verified</source>
        <translation>已创建空数据库 %1，并标记为 INCOMPLETE（未完成），直到复制通过校验</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/ClaimTargetStep.h" line="+21"/>
        <source>Claim the name %1 on the target</source>
        <translation>在目标端占用名称 %1</translation>
    </message>
</context>
<context>
    <name>CopyDatabaseStep</name>
    <message>
        <location filename="../../core/migration/steps/CopyDatabaseStep.cpp" line="+20"/>
        <source>Copy database %1</source>
        <translation>复制数据库 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy database %1 to %2</source>
        <translation>将数据库 %1 复制为 %2</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>cannot read the target&apos;s databases</source>
        <translation>无法读取目标端的数据库列表</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>the target already has a database %1; it is never overwritten: pick another target name or choose replace (renames it aside)</source>
        <translation>目标端已有数据库 %1，它绝不会被覆盖：请另选目标库名，或选择替换（将其改名保留）</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>dropping the incomplete copy of %1 left by an earlier attempt of this session</source>
        <translation>正在删除本次会话先前尝试留下的 %1 的未完成副本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot drop the incomplete copy %1</source>
        <translation>无法删除未完成的副本 %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+42"/>
        <source>the source has no database %1</source>
        <translation>源端没有数据库 %1</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>pg_restore on %1 stopped at %2: %3</source>
        <translation>%1 上的 pg_restore 停在 %2：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the target&apos;s data disk is short of space: %1 free in %2 (%3 on %4) on %5, the incomplete copy holds %6 (dropped when the session resumes); copying %7 needs about %8 (1.2 × its %9 on the source) plus room for WAL and index builds: free space or grow the volume, then resume the session</source>
        <translation>目标端数据盘空间不足：%5 上的 %2（%3，挂载于 %4）只剩 %1 可用，未完成的副本占用 %6（恢复会话时会被删除）；复制 %7 大约需要 %8（源端大小 %9 的 1.2 倍），另需 WAL 和索引构建的空间：请释放空间或扩容卷，然后恢复会话</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the target database %1 is claimed by another pgcrossing session (%2), which is copying into it now or left it incomplete: wait until that session ends (or resume it), or pick another target name (--db SOURCE:OTHER_NAME); this session changed nothing</source>
        <translation>目标数据库 %1 已被另一个 pgcrossing 会话（%2）占用，它正在向其中复制，或留下了未完成的副本：请等待该会话结束（或恢复它），或选择另一个目标名称（--db 源库:其他名称）；本会话未做任何更改</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>role %1 (owner on the source) does not exist on the target; the database is owned by %2</source>
        <translation>角色 %1（源端上的属主）在目标端不存在；该数据库的属主改为 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot create %1 on the target</source>
        <translation>无法在目标端创建 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot give %1 to its owner %2 on the target</source>
        <translation>无法在目标端将 %1 的属主设为 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>creating %1</source>
        <translation>正在创建 %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>pg_restore &lt; %1 on %2</source>
        <translation>在 %2 上执行 pg_restore &lt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+197"/>
        <source>pg_restore on %1 failed (exit %2): %3</source>
        <translation>%1 上的 pg_restore 失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dump %1</source>
        <translation>转储 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>target database %1 is INCOMPLETE (resume the session to copy it again)</source>
        <translation>目标数据库 %1 未完成（继续执行会话即可重新复制）</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>pg_dump on %1 failed (exit %2): %3; pg_restore on %4 stopped at the end of its input</source>
        <translation>%1 上的 pg_dump 失败（退出码 %2）：%3；%4 上的 pg_restore 因输入结束而停止</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pg_restore on %1 stopped at %2: %3 (fix that object on the source, or create what it needs on the target, then resume the session)</source>
        <translation>%1 上的 pg_restore 停在 %2：%3（请在源端修正该对象，或在目标端创建它所需的内容，然后恢复会话）</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>a text-search configuration was not given back on the source; resume the session, or run `pgcrossing-cli revert`</source>
        <translation>源端有文本搜索配置未能还原；请继续执行会话，或运行 `pgcrossing-cli revert`</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot mark %1 complete</source>
        <translation>无法将 %1 标记为完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restored from the dump file</source>
        <translation>已从转储文件恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 streamed</source>
        <translation>已流式传输 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1; pg_restore ignored %n error(s)</source>
        <translation>
            <numerusform>%1；pg_restore 忽略了 %n 个错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyGlobalsStep</name>
    <message>
        <location filename="../../core/migration/steps/CopyGlobalsStep.cpp" line="+80"/>
        <source>cannot list the roles the databases use</source>
        <translation>无法列出这些数据库用到的角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot list the target&apos;s roles</source>
        <translation>无法列出目标端的角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every role exists on the target already (%1)</source>
        <translation>所有角色在目标端均已存在（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dump roles</source>
        <translation>转储角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pg_dumpall --roles-only failed on the source</source>
        <translation>在源端执行 pg_dumpall --roles-only 失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>creating roles on the target failed</source>
        <translation>在目标端创建角色失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created %1; already there, left unchanged: %2</source>
        <translation>已创建 %1；已存在、保持不变：%2</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/CopyGlobalsStep.h" line="+20"/>
        <source>Create missing roles on the target</source>
        <translation>在目标端创建缺失的角色</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../../core/session/DemoEnvironment.cpp" line="+15"/>
        <source>the demo script (sandbox.sh) is not installed with this program</source>
        <translation>本程序没有随附安装演示脚本（sandbox.sh）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo could not start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not stop: %1</source>
        <translation>演示无法停止：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not be reset: %1</source>
        <translation>演示无法重置：%1</translation>
    </message>
</context>
<context>
    <name>DifferingKey</name>
    <message>
        <location filename="../../core/model/DifferingKey.cpp" line="+11"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing on target</source>
        <translation>目标端缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on target</source>
        <translation>仅目标端有</translation>
    </message>
</context>
<context>
    <name>DiskFree</name>
    <message>
        <location filename="../../core/remote/DiskFree.cpp" line="+37"/>
        <source>unexpected df output: %1</source>
        <translation>df 输出格式异常：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>free disk at %1</source>
        <translation>查看 %1 处的可用磁盘空间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>df failed on %1: %2</source>
        <translation>在 %1 上执行 df 失败：%2</translation>
    </message>
</context>
<context>
    <name>DiskSpaceCheck</name>
    <message>
        <location filename="../../core/preflight/DiskSpaceCheck.cpp" line="+68"/>
        <source>2 × the estimated dump of %1 (%2)</source>
        <translation>2 × %1 的预估转储大小（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space there, or keep the files in a folder with room (--dump-dir DIR).</source>
        <translation>请在该处释放空间，或将文件存放到空间充足的文件夹（--dump-dir DIR）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space there, choose a folder with room on both hosts (--dump-dir DIR), or stream the data instead, which writes no files (--transfer stream).</source>
        <translation>请在该处释放空间、选择两端主机上都有足够空间的文件夹（--dump-dir DIR），或改用流式传输，这样不会写入任何文件（--transfer stream）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room for the dump files on the source host</source>
        <translation>源端主机上有足够空间存放转储文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room for the copied dump files on the target host</source>
        <translation>目标端主机上有足够空间存放复制过来的转储文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room for the backup files on this machine</source>
        <translation>本机有足够空间存放备份文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space there, or choose a backup folder with room (--backup-dir DIR, or the backup folder of the Mode page).</source>
        <translation>请在该处释放空间，或选择空间充足的备份文件夹（--backup-dir DIR，或“迁移方式”页中的备份文件夹）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1.2 × the size of %1 on the source (%2)</source>
        <translation>1.2 × %1 在源端的大小（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room for the databases in the target&apos;s data directory</source>
        <translation>目标端数据目录有足够空间容纳这些数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space on the target&apos;s data disk or grow the volume, or carry fewer databases at a time: PostgreSQL stops when its disk fills.</source>
        <translation>请释放目标端数据盘的空间或扩容该卷，或每次迁移更少的数据库：磁盘写满时 PostgreSQL 会停止运行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown: the target&apos;s user may not read data_directory</source>
        <translation>未知：目标端用户无权读取 data_directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ %1 free: %2</source>
        <translation>可用空间 ≥ %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check by hand that the target&apos;s data directory has %1 free (df -h on the server), or log in as a superuser or a member of pg_read_all_settings.</source>
        <translation>请手工确认目标端数据目录有 %1 可用空间（在服务器上运行 df -h），或以超级用户或 pg_read_all_settings 成员的身份登录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the source&apos;s sizes: %1</source>
        <translation>无法读取源端数据库的大小：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>≥ %1 free in %2 on %3: %4</source>
        <translation>%3 上的 %2 可用空间 ≥ %1：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot measure the free space of %1 on %2: %3</source>
        <translation>无法测量 %2 上 %1 的可用空间：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that df runs there and that the folder&apos;s parent is readable; then run this check again.</source>
        <translation>请确认该处可以运行 df，且该文件夹的上级目录可读；然后重新运行此检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not there yet: measured at %2)</source>
        <translation>%1（尚不存在：在 %2 处测量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free in %2 on %3 (%4 on %5), %6 needed</source>
        <translation>%3 上的 %2 可用空间 %1（%4，挂载于 %5），需要 %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same filesystem also holds %1</source>
        <translation>同一文件系统还需容纳 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short by %1: </source>
        <translation>空间不足，差 %1：</translation>
    </message>
</context>
<context>
    <name>DumpFileStep</name>
    <message>
        <location filename="../../core/migration/steps/DumpFileStep.cpp" line="+42"/>
        <source>Dump roles and tablespaces (globals) to a file on the source host</source>
        <translation>将角色和表空间（全局对象）转储到源端主机上的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump %1 to a file on the source host</source>
        <translation>将 %1 转储到源端主机上的文件</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2（在 %3 上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dump the globals to %1</source>
        <translation>将全局对象转储到 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dump %1 to %2</source>
        <translation>将 %1 转储到 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dump of %1 is made, but a text-search configuration was not given back on the source; resume the session, or run `pgcrossing-cli revert`</source>
        <translation>%1 的转储已完成，但源端有文本搜索配置未能还原；请继续执行会话，或运行 `pgcrossing-cli revert`</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>size of %1</source>
        <translation>查看 %1 的大小</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>without text-search configuration %1 (lent away for the dump; recreate it with CREATE TEXT SEARCH CONFIGURATION %1 (COPY = %2))</source>
        <translation>不含文本搜索配置 %1（转储期间已临时归入扩展；可用 CREATE TEXT SEARCH CONFIGURATION %1 (COPY = %2) 重建）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>pg_dump of %1 into %2 on %3 failed</source>
        <translation>在 %3 上用 pg_dump 将 %1 转储到 %2 失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot checksum %1 on %2</source>
        <translation>无法在 %2 上计算 %1 的校验和</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) on %3, sha256 %4</source>
        <translation>%1（%2），位于 %3，sha256 %4</translation>
    </message>
</context>
<context>
    <name>EndState</name>
    <message>
        <location filename="../../core/model/EndState.cpp" line="+17"/>
        <source>Verification found differences: %1 table(s) differ, %2 missing on the target, %3 only on the target, %4 inventory difference(s).</source>
        <translation>校验发现差异：%1 张表不一致，%2 张目标端缺失，%3 张仅目标端有，%4 处对象清单差异。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification could not compare everything: %1 table(s) or database(s) not compared.</source>
        <translation>校验未能比对全部内容：%1 个表或数据库未比对。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Target database(s) left incomplete: %1.</source>
        <translation>目标数据库未完成：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes on the source are still in place: %1. Undo them with Revert now on the Report page, or pgcrossing-cli revert --session.</source>
        <translation>源端上的更改仍然有效：%1。请在报告页面点击“立即撤销”，或运行 pgcrossing-cli revert --session 撤销它们。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step with a warning — %1</source>
        <translation>有警告的步骤 — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy was not verified.</source>
        <translation>复制结果未经校验。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy was not verified: verification was turned off for this session.</source>
        <translation>复制结果未经校验：本次会话关闭了校验。</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../../core/model/Endpoint.cpp" line="+23"/>
        <location filename="../../core/remote/LocalShell.h" line="+12"/>
        <source>local</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (local socket, port %1)</source>
        <translation>（本地套接字，端口 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (local socket)</source>
        <translation>（本地套接字）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>unknown ssh auth &quot;%1&quot; (use agent, key or password)</source>
        <translation>未知的 SSH 认证方式“%1”（可用 agent、key 或 password）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ssh endpoint without a host</source>
        <translation>SSH 端点没有指定主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown endpoint kind &quot;%1&quot; (use local or ssh)</source>
        <translation>未知的端点类型“%1”（可用 local 或 ssh）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown container engine &quot;%1&quot; (use docker or podman)</source>
        <translation>未知的容器引擎“%1”（可用 docker 或 podman）</translation>
    </message>
</context>
<context>
    <name>ExtensionsCheck</name>
    <message>
        <location filename="../../core/preflight/ExtensionsCheck.cpp" line="+19"/>
        <source>Install the contrib modules on the target host (or in its container): apt-get install postgresql-contrib (or postgresql-%1 on Debian, which ships them).</source>
        <translation>在目标端主机（或其容器）上安装 contrib 模块：apt-get install postgresql-contrib（Debian 上 postgresql-%1 已自带）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install pgvector on the target: apt-get install postgresql-%1-pgvector.</source>
        <translation>在目标端安装 pgvector：apt-get install postgresql-%1-pgvector。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install PostGIS on the target: apt-get install postgresql-%1-postgis-3.</source>
        <translation>在目标端安装 PostGIS：apt-get install postgresql-%1-postgis-3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build pg_jieba on the target from source (there is no Debian package): apt-get install build-essential cmake git postgresql-server-dev-%1; git clone --recursive https://github.com/jaiminpan/pg_jieba; cd pg_jieba &amp;&amp; mkdir build &amp;&amp; cd build &amp;&amp; cmake .. &amp;&amp; make &amp;&amp; make install; then restart PostgreSQL (or the container).</source>
        <translation>在目标端从源码编译 pg_jieba（没有 Debian 软件包）：apt-get install build-essential cmake git postgresql-server-dev-%1; git clone --recursive https://github.com/jaiminpan/pg_jieba; cd pg_jieba &amp;&amp; mkdir build &amp;&amp; cd build &amp;&amp; cmake .. &amp;&amp; make &amp;&amp; make install；然后重启 PostgreSQL（或容器）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the package that provides &quot;%1&quot; for PostgreSQL %2 on the target host or in its container (apt-cache search postgresql-%2 %1), or build it from source; then run this check again.</source>
        <translation>在目标端主机或其容器中为 PostgreSQL %2 安装提供“%1”的软件包（apt-cache search postgresql-%2 %1），或从源码编译；然后重新运行此检查。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The source&apos;s extensions are available on the target</source>
        <translation>源端使用的扩展在目标端均可用</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot list the extensions of %1 on the source: %2</source>
        <translation>无法列出源端 %1 的扩展：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 (the target offers %3)</source>
        <translation>%1 %2（目标端提供 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lives in schema %2</source>
        <translation>%1 位于模式 %2 中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>available on the target: %1</source>
        <translation>目标端可用：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none used)</source>
        <translation>（未使用扩展）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not available on the target: %1</source>
        <translation>目标端不可用：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other versions on the target: %1</source>
        <translation>目标端版本不同：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore creates the target&apos;s version; compare behaviour, or install the source&apos;s version on the target first. ALTER EXTENSION … UPDATE moves to a newer one later.</source>
        <translation>恢复时会创建目标端提供的版本；请比对行为差异，或先在目标端安装与源端相同的版本。之后可用 ALTER EXTENSION … UPDATE 升级到更新版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no extensions used</source>
        <translation>未使用扩展</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>all %n available</source>
        <translation>
            <numerusform>全部 %n 个均可用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldWritesStep</name>
    <message>
        <location filename="../../core/migration/steps/HoldWritesStep.cpp" line="+26"/>
        <source>cannot read the settings of %1</source>
        <translation>无法读取 %1 的设置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>database %1 made read-only for new sessions; other sessions ended</source>
        <translation>数据库 %1 已对新会话设为只读；其他会话已终止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot hold writes on %1</source>
        <translation>无法在 %1 上停写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source database %1 is now read-only; undo: %2</source>
        <translation>源端数据库 %1 现已只读；撤销方法：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot end the sessions on %1</source>
        <translation>无法终止 %1 上的会话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 database(s) read-only, %2 session(s) ended</source>
        <translation>%1 个数据库已设为只读，已终止 %2 个会话</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/HoldWritesStep.h" line="+19"/>
        <source>Hold writes on the source (read-only)</source>
        <translation>在源端停写（设为只读）</translation>
    </message>
</context>
<context>
    <name>HostFiles</name>
    <message>
        <location filename="../../core/migration/HostFiles.cpp" line="+55"/>
        <source>read %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sha256 of %1</source>
        <translation>计算 %1 的 sha256</translation>
    </message>
</context>
<context>
    <name>InspectStep</name>
    <message>
        <location filename="../../core/migration/steps/InspectStep.cpp" line="+29"/>
        <source>tool version</source>
        <translation>查看工具版本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot query the source server</source>
        <translation>无法查询源端服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot query the target server</source>
        <translation>无法查询目标端服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source PostgreSQL %1, target PostgreSQL %2</source>
        <translation>源端 PostgreSQL %1，目标端 PostgreSQL %2</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/InspectStep.h" line="+15"/>
        <source>Inspect source and target servers</source>
        <translation>检查源端和目标端服务器</translation>
    </message>
</context>
<context>
    <name>InventoryRow</name>
    <message>
        <location filename="../../core/model/InventoryRow.cpp" line="+38"/>
        <source>Extension</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table columns</source>
        <translation>表的列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large object</source>
        <translation>大对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not compared</source>
        <translation>未比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check</source>
        <translation>自定义检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View (definition)</source>
        <translation>视图（定义）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text-search configuration</source>
        <translation>文本搜索配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database size</source>
        <translation>数据库大小</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="+44"/>
        <source>the system keychain did not answer within %1 s (is it locked?)</source>
        <translation>系统密钥环在 %1 秒内没有响应（是否已锁定？）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no system keychain is available: %1</source>
        <translation>没有可用的系统密钥环：%1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/Language.cpp" line="+86"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>LocaleCheck</name>
    <message>
        <location filename="../../core/preflight/LocaleCheck.cpp" line="+17"/>
        <source>Encoding and collation match the target&apos;s defaults</source>
        <translation>编码和排序规则与目标端默认值一致</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the target&apos;s default: %1</source>
        <translation>目标端默认值：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same as the target&apos;s default</source>
        <translation>与目标端默认值相同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on the source</source>
        <translation>源端为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target database is created with the source&apos;s encoding and locale: check that the locale exists on the target host (locale -a) or creation fails. Text order follows the target&apos;s C library, so after a move between different systems run REINDEX on text indexes (the report&apos;s rollback section keeps the source).</source>
        <translation>目标端数据库会按源端的编码和区域设置创建：请确认目标端主机上存在该区域设置（locale -a），否则创建会失败。文本排序取决于目标端的 C 库，因此在不同系统之间迁移后，请对文本索引执行 REINDEX（报告的回滚部分保留了源端）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An ICU database is created with the libc provider on the target: compare text ordering before switching applications.</source>
        <translation>ICU 数据库在目标端会以 libc 提供程序创建：切换应用之前请比对文本排序。</translation>
    </message>
</context>
<context>
    <name>LogicalReplicationCheck</name>
    <message numerus="yes">
        <location filename="../../core/preflight/LogicalReplicationCheck.cpp" line="+23"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Online: the source writes logical WAL</source>
        <translation>在线迁移：源端写入逻辑级别的 WAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online: free replication slots on the source</source>
        <translation>在线迁移：源端有空闲的复制槽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online: free WAL senders on the source</source>
        <translation>在线迁移：源端有空闲的 WAL 发送进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online: the source role may replicate</source>
        <translation>在线迁移：源端角色具有复制权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online: the target role may create subscriptions</source>
        <translation>在线迁移：目标端角色可以创建订阅</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online: every table has a primary key or replica identity</source>
        <translation>在线迁移：每张表都有主键或副本标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online: no large objects (not replicated)</source>
        <translation>在线迁移：没有大对象（大对象不会被复制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online: no unlogged tables (not replicated)</source>
        <translation>在线迁移：没有 UNLOGGED 表（不会被复制）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>current_user not in pg_roles</source>
        <translation>pg_roles 中没有 current_user</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the source: ALTER SYSTEM SET wal_level = logical; then restart PostgreSQL (a reload is not enough). WAL volume grows a little.</source>
        <translation>在源端执行：ALTER SYSTEM SET wal_level = logical; 然后重启 PostgreSQL（仅重新加载配置不够）。WAL 量会略有增加。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 free (%2 database(s) × (1 subscription + %3 table-sync workers))</source>
        <translation>空闲 %1 个（%2 个数据库 × (1 个订阅 + %3 个表同步工作进程)）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2, %3 in use: %4 free</source>
        <translation>%1 = %2，已使用 %3：空闲 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the source: ALTER SYSTEM SET %1 = %2; then restart PostgreSQL.</source>
        <translation>在源端执行：ALTER SYSTEM SET %1 = %2; 然后重启 PostgreSQL。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 with REPLICATION (or superuser)</source>
        <translation>%1 具有 REPLICATION 属性（或为超级用户）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may replicate</source>
        <translation>%1 可以进行复制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has neither REPLICATION nor superuser</source>
        <translation>%1 既没有 REPLICATION 属性，也不是超级用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a superuser on the source: ALTER ROLE %1 REPLICATION; and allow it in pg_hba.conf from the target host. Publishing the tables also needs their ownership (or a superuser for FOR ALL TABLES).</source>
        <translation>以超级用户身份在源端执行：ALTER ROLE %1 REPLICATION; 并在 pg_hba.conf 中允许它从目标端主机连接。发布这些表还需要拥有它们的所有权（若使用 FOR ALL TABLES 则需要超级用户）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: superuser or member of pg_create_subscription</source>
        <translation>%1：超级用户，或 pg_create_subscription 的成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: superuser (PostgreSQL %2 lets only superusers create subscriptions)</source>
        <translation>%1：超级用户（PostgreSQL %2 只允许超级用户创建订阅）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may</source>
        <translation>%1 可以创建订阅</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not</source>
        <translation>%1 不能创建订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a superuser on the target: GRANT pg_create_subscription TO %1;</source>
        <translation>以超级用户身份在目标端执行：GRANT pg_create_subscription TO %1;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to the target as a superuser for the online mode, or as a superuser run: ALTER ROLE %1 SUPERUSER;</source>
        <translation>在线迁移模式请以超级用户身份登录目标端，或以超级用户身份执行：ALTER ROLE %1 SUPERUSER;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the tables of %1: %2</source>
        <translation>无法读取 %1 的表：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>in database %1: %2</source>
        <translation>在数据库 %1 中：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a primary key, or REPLICA IDENTITY USING INDEX / FULL</source>
        <translation>主键，或 REPLICA IDENTITY USING INDEX / FULL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all have one</source>
        <translation>全部都有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>without: %1</source>
        <translation>缺少的表：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once published, UPDATE and DELETE on these tables fail on the source. Add a primary key (ALTER TABLE … ADD PRIMARY KEY (…)) where a key exists, otherwise: %1</source>
        <translation>一旦发布，这些表上的 UPDATE 和 DELETE 在源端会失败。已有可用作键的列时请添加主键（ALTER TABLE … ADD PRIMARY KEY (…)），否则执行：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no rows in pg_largeobject_metadata</source>
        <translation>pg_largeobject_metadata 中没有行</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>large objects: %1</source>
        <translation>大对象：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical replication does not carry large objects: copy them at the switch-over (stop writes, then pg_dump --blobs of the database), or move them into bytea columns first.</source>
        <translation>逻辑复制不会同步大对象：请在切换时复制它们（先停写，再对该数据库执行 pg_dump --blobs），或事先将其移入 bytea 列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every table logged</source>
        <translation>所有表均记录 WAL（非 UNLOGGED）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unlogged: %1</source>
        <translation>UNLOGGED 表：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlogged tables are not replicated: they arrive empty. Make them logged (%1) or copy them at the switch-over.</source>
        <translation>UNLOGGED 表不会被复制：到达目标端时是空表。请将其改为 LOGGED（%1），或在切换时复制它们。</translation>
    </message>
</context>
<context>
    <name>LoginDiagnosis</name>
    <message>
        <location filename="../../core/postgres/LoginDiagnosis.cpp" line="+26"/>
        <source>login check</source>
        <translation>登录检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login check, no password</source>
        <translation>登录检查（不带密码）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is the server ready</source>
        <translation>检查服务器是否就绪</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <location filename="../../core/session/MigrationSession.cpp" line="+36"/>
        <source>Cannot lock the session folder %1 (%2).</source>
        <translation>无法锁定会话文件夹 %1（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session %1 is in use by %2 (process %3 on %4): wait for it to end, or stop that process first.</source>
        <translation>会话 %1 正被 %2 使用（%4 上的进程 %3）：请等它结束，或先停止该进程。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the session folder %1.</source>
        <translation>无法创建会话文件夹 %1。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>pgcrossing stopped (killed, crashed, or the machine went down) while this session ran; resume it to go on from the step that was running.</source>
        <translation>本会话运行期间 pgcrossing 停止了（被杀死、崩溃或机器宕机）；恢复会话即可从当时正在运行的步骤继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interrupted: pgcrossing stopped while this step ran.</source>
        <translation>已中断：此步骤运行期间 pgcrossing 停止了。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A preflight check failed: nothing was changed.</source>
        <translation>有预检项未通过：未做任何更改。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The session is not listed in the history: %1</source>
        <translation>该会话未列入历史记录：%1</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../../ui/PdfReport.cpp" line="+181"/>
        <location line="+32"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>session %1 · page %2 of %3</source>
        <translation>会话 %1 · 第 %2 页，共 %3 页</translation>
    </message>
</context>
<context>
    <name>PgClient</name>
    <message>
        <location filename="../../core/postgres/PgClient.cpp" line="+109"/>
        <source>socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>psql exited with status %1</source>
        <translation>psql 退出，状态码为 %1</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../../core/model/PlanFile.cpp" line="+38"/>
        <source>cannot write the plan %1: %2</source>
        <translation>无法写入计划 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the plan %1: %2</source>
        <translation>无法读取计划 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the plan %1 is not valid JSON: %2 (at byte %3)</source>
        <translation>计划 %1 不是有效的 JSON：%2（位于第 %3 字节）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the plan %1: %2</source>
        <translation>计划 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <location filename="../../core/model/PlanOptions.cpp" line="+13"/>
        <source>Backup only</source>
        <translation>仅备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop-write (maintenance window)</source>
        <translation>停写迁移（维护窗口）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify only</source>
        <translation>仅校验</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>unknown mode &quot;%1&quot; (use backup, copy, stop-write or verify)</source>
        <translation>未知的模式“%1”（可用 backup、copy、stop-write 或 verify）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a database entry without a source name</source>
        <translation>有一个数据库条目没有源端名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown transfer &quot;%1&quot; (use stream or files)</source>
        <translation>未知的传输方式“%1”（可用 stream 或 files）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;jobs&quot;: %1 — parallel jobs are not available yet; remove the key (the transfer runs as one job)</source>
        <translation>&quot;jobs&quot;: %1 — 暂不支持并行作业；请删除该键（传输以单个作业运行）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dumpDir &quot;%1&quot; must be an absolute path on the hosts</source>
        <translation>dumpDir“%1”必须是主机上的绝对路径</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>each of verifyQueries needs a name and its sql</source>
        <translation>verifyQueries 中的每一项都需要 name 和 sql</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../../ui/PlanSummary.cpp" line="+38"/>
        <source>changes the source</source>
        <translation>更改源端</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>writes the target</source>
        <translation>写入目标端</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Source %1:</source>
        <translation>源端 %1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only read, never changed.</source>
        <translation>只读取，不会更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed by: %1 (step %2; recorded, undone from the report).</source>
        <translation>将被更改：%1（第 %2 步；会记录下来，可从报告中撤销）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed by: %1 (steps %2; recorded, undone from the report).</source>
        <translation>将被更改：%1（第 %2 步；会记录下来，可从报告中撤销）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You stop the writes:</source>
        <translation>由您停止写入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pgcrossing does not stop them (Hold writes is off). Before you click Run, stop the applications that write to the source databases yourself. Step %1 then checks that no session is writing: one in a transaction or running a statement stops the run before anything is copied; idle connections are a warning.</source>
        <translation>pgcrossing 不会停止写入（未勾选“在源端停写”）。点击“运行”之前，请自行停止所有向源端数据库写入的应用。随后第 %1 步会确认没有会话在写入：若有会话处于事务中或正在执行语句，运行会在复制任何数据之前停止；空闲连接只给出警告。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pgcrossing stops the writes:</source>
        <translation>由 pgcrossing 停止写入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 makes the source databases read-only and ends their other sessions; step %2 checks that nothing writes any more. The applications keep failing to write until you point them at the target (the hold is undone if the run fails, and from the report).</source>
        <translation>第 %1 步将源端数据库设为只读并终止其他会话；第 %2 步确认不再有任何写入。在您把应用切换到目标端之前，应用的写入会一直失败（运行失败时停写会自动撤销，也可从报告中撤销）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>written by step %1.</source>
        <translation>由第 %1 步写入。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>written by steps %1.</source>
        <translation>由第 %1 步写入。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n step(s)&lt;/b&gt; for %1:</source>
        <translation>
            <numerusform>&lt;b&gt;共 %n 步&lt;/b&gt;，涉及 %1：</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Target %1:</source>
        <translation>目标端 %1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not touched.</source>
        <translation>不受影响。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Existing target databases with these names are renamed aside, not dropped.</source>
        <translation>目标端已有的同名数据库将改名保留，而不是删除。</translation>
    </message>
</context>
<context>
    <name>PreflightRunner</name>
    <message>
        <location filename="../../core/preflight/ConnectCheck.cpp" line="+12"/>
        <source>PostgreSQL on the source answers</source>
        <translation>源端 PostgreSQL 有响应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL on the target answers</source>
        <translation>目标端 PostgreSQL 有响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a login as %1 on %2</source>
        <translation>以 %1 身份登录 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the host, container name, port, user and password of the source; the error above comes from the first layer that failed.</source>
        <translation>请检查源端的主机、容器名、端口、用户名和密码；上面的错误来自最先失败的那一层。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the host, container name, port, user and password of the target; the error above comes from the first layer that failed.</source>
        <translation>请检查目标端的主机、容器名、端口、用户名和密码；上面的错误来自最先失败的那一层。</translation>
    </message>
    <message>
        <location filename="../../core/preflight/ToolVersionCheck.cpp" line="+26"/>
        <source>%1 on the source host is new enough</source>
        <translation>源端主机上的 %1 版本足够新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 on the target host is new enough</source>
        <translation>目标端主机上的 %1 版本足够新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tool version</source>
        <translation>查看工具版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 or newer</source>
        <translation>%1 %2 或更新版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install the PostgreSQL client tools on the target host (or in its container), or set the tools&apos; directory (binDir).</source>
        <translation>请在目标端主机（或其容器）中安装 PostgreSQL 客户端工具，或设置客户端工具目录（binDir）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pg_dump %1 cannot dump a PostgreSQL %2 server: pg_dump refuses a server newer than itself. Install the PostgreSQL %2 client tools on the source host or in its container (Debian and Ubuntu: postgresql-client-%2 from apt.postgresql.org) and set the source&apos;s tools directory (binDir, e.g. /usr/lib/postgresql/%2/bin) if they are not first on its PATH.</source>
        <translation>pg_dump %1 无法转储 PostgreSQL %2 服务器：pg_dump 拒绝比自己新的服务器。请在源主机或其容器中安装 PostgreSQL %2 客户端工具（Debian 和 Ubuntu：apt.postgresql.org 的 postgresql-client-%2），如果它们不在 PATH 的最前面，请设置源端的工具目录（binDir，例如 /usr/lib/postgresql/%2/bin）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_restore %1 may not read what pg_dump %2 writes (an archive is read by its own or a newer pg_restore). Install the PostgreSQL %2 client tools on the target host or in its container (postgresql-client-%2) and set the target&apos;s tools directory (binDir, e.g. /usr/lib/postgresql/%2/bin) if they are not first on its PATH.</source>
        <translation>pg_restore %1 可能读不了 pg_dump %2 写出的内容（归档只能由同版本或更新的 pg_restore 读取）。请在目标主机或其容器中安装 PostgreSQL %2 客户端工具（postgresql-client-%2），如果它们不在 PATH 的最前面，请设置目标端的工具目录（binDir，例如 /usr/lib/postgresql/%2/bin）。</translation>
    </message>
    <message>
        <location filename="../../core/preflight/DatabasesExistCheck.cpp" line="+22"/>
        <source>The chosen databases exist on the source</source>
        <translation>所选数据库在源端存在</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no user database on the source</source>
        <translation>源端没有用户数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the databases to migrate.</source>
        <translation>请指定要迁移的数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling; the source has: %1</source>
        <translation>请检查拼写；源端现有：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %1 present</source>
        <translation>全部 %1 个均存在</translation>
    </message>
    <message>
        <location filename="../../core/preflight/TargetVersionCheck.cpp" line="+20"/>
        <source>Upgrade the target to PostgreSQL %1 or newer. pg_dump&apos;s output is only meant to load into the same or a newer major version, and there is no pg_dump option that writes for an older one (the runbook&apos;s &quot;pg_dump --compatible&quot; does not exist). To go down a version anyway, use logical replication (publication on the source, subscription on the older target), or a plain-SQL dump (-Fp) that you edit and test by hand.</source>
        <translation>请将目标端升级到 PostgreSQL %1 或更新版本。pg_dump 的输出只适合加载到相同或更新的主版本中，且 pg_dump 没有任何选项能生成适用于旧版本的输出（操作手册中的“pg_dump --compatible”并不存在）。如果仍要降级，请使用逻辑复制（在源端创建发布，在较旧的目标端创建订阅），或使用纯 SQL 转储（-Fp）并手工编辑和测试。</translation>
    </message>
    <message>
        <location filename="../../core/preflight/ToolVersionCheck.cpp" line="-19"/>
        <source>Install the PostgreSQL client tools on the source host (or in its container), or set the tools&apos; directory (binDir).</source>
        <translation>请在源端主机（或其容器）中安装 PostgreSQL 客户端工具，或设置客户端工具目录（binDir）。</translation>
    </message>
    <message>
        <location filename="../../core/preflight/TargetVersionCheck.cpp" line="-8"/>
        <source>The target is not older than the source</source>
        <translation>目标端版本不低于源端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source %1, target %2</source>
        <translation>源端 %1，目标端 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target major ≥ %1 (the minimum you set)</source>
        <translation>目标端主版本 ≥ %1（您设定的最低版本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target major ≥ %1</source>
        <translation>目标端主版本 ≥ %1</translation>
    </message>
    <message>
        <location filename="../../core/preflight/FreeNamesCheck.cpp" line="+24"/>
        <source>The target database name is free</source>
        <translation>目标数据库名称未被占用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no database named %1 on the target</source>
        <translation>目标端没有名为 %1 的数据库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>claimed by pgcrossing session %1 (its incomplete copy: being copied now, or left by a run that failed)</source>
        <translation>已被 pgcrossing 会话 %1 占用（其未完成的副本：正在复制中，或由失败的运行留下）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until that session ends or resume it, or choose another target name; drop that database yourself only once that session is abandoned.</source>
        <translation>请等待该会话结束或恢复它，或选择另一个目标名称；只有在确定放弃该会话后，才可自行删除该数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Replace was chosen: the existing database is renamed aside, not dropped.</source>
        <translation>已选择替换：已有的数据库将改名保留，而不是删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another target name, drop that database yourself, or choose replace (--replace: renames it aside).</source>
        <translation>请另选目标库名、自行删除该数据库，或选择替换（--replace：将其改名保留）。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>free</source>
        <translation>未占用</translation>
    </message>
</context>
<context>
    <name>PrivilegesCheck</name>
    <message numerus="yes">
        <location filename="../../core/preflight/PrivilegesCheck.cpp" line="+100"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+302"/>
        <source>The source role has the rights this migration needs</source>
        <translation>源端角色具备本次迁移所需的权限</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>read every table, sequence and large object (pg_dump)</source>
        <translation>读取所有表、序列和大对象（pg_dump）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>superuser for pg_dumpall (it reads pg_authid)</source>
        <translation>超级用户，用于 pg_dumpall（它会读取 pg_authid）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_read_all_stats (to see other users&apos; sessions)</source>
        <translation>pg_read_all_stats（用于查看其他用户的会话）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner of each database and pg_signal_backend (hold writes)</source>
        <translation>各数据库的属主身份和 pg_signal_backend（用于停写）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+147"/>
        <source>%1 is a superuser</source>
        <translation>%1 是超级用户</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>cannot read the privileges in %1: %2</source>
        <translation>无法读取 %1 中的权限：%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>USAGE on schema %1 in %2</source>
        <translation>%2 中模式 %1 的 USAGE 权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELECT on %1 in %2</source>
        <translation>%2 中 %1 的 SELECT 权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BYPASSRLS for the row-level security of %1 in %2</source>
        <translation>BYPASSRLS（%2 中的 %1 启用了行级安全）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>SELECT on %n large object(s) in %1</source>
        <translation>
            <numerusform>%1 中 %n 个大对象的 SELECT 权限</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>superuser: the roles are backed up with pg_dumpall --globals-only, which reads pg_authid</source>
        <translation>超级用户：角色通过 pg_dumpall --globals-only 备份，该命令会读取 pg_authid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superuser: the roles missing on the target (%1) are read with pg_dumpall --roles-only, which reads pg_authid</source>
        <translation>超级用户：目标端缺少的角色（%1）需通过 pg_dumpall --roles-only 读取，该命令会读取 pg_authid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pg_read_all_stats: without it other users&apos; sessions show no state and count as busy</source>
        <translation>pg_read_all_stats：没有它，其他用户的会话不显示状态，会被视为忙碌</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ownership of %1 (ALTER DATABASE … SET default_transaction_read_only)</source>
        <translation>%1 的所有权（ALTER DATABASE … SET default_transaction_read_only）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pg_signal_backend (pg_terminate_backend of the other sessions)</source>
        <translation>pg_signal_backend（用 pg_terminate_backend 终止其他会话）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+146"/>
        <source>%1 (not a superuser) has them all</source>
        <translation>%1（非超级用户）具备全部所需权限</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+146"/>
        <source>%1 lacks: %2</source>
        <translation>%1 缺少：%2</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>in database %1: %2</source>
        <translation>在数据库 %1 中：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a superuser on the source: %1 — or log in as a superuser.</source>
        <translation>以超级用户身份在源端执行：%1 — 或直接以超级用户身份登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a superuser, create the roles on the target yourself (pg_dumpall --roles-only --no-role-passwords works for any role; set the passwords after) and migrate with --no-roles.</source>
        <translation>如果没有超级用户，请自行在目标端创建这些角色（任何角色都可以执行 pg_dumpall --roles-only --no-role-passwords；之后再设置密码），并使用 --no-roles 进行迁移。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+154"/>
        <source>The target role has the rights this migration needs</source>
        <translation>目标端角色具备本次迁移所需的权限</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>membership in %1 (the chosen owner)</source>
        <translation>%1 的成员身份（所选属主）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>membership in the owners&apos; roles</source>
        <translation>属主角色的成员身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner of the databases renamed aside</source>
        <translation>要改名保留的数据库的属主身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: superuser, or %2</source>
        <translation>%1：超级用户，或 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CREATEDB (the databases are created on the target)</source>
        <translation>CREATEDB（需要在目标端创建数据库）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CREATEROLE (roles %1 are created)</source>
        <translation>CREATEROLE（需要创建角色 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>superuser: %1 are superuser, replication or bypassrls roles or members of other roles (their GRANT … GRANTED BY needs a superuser)</source>
        <translation>超级用户：%1 是超级用户、replication 或 bypassrls 角色，或是其他角色的成员（其 GRANT … GRANTED BY 需要超级用户）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>superuser: extensions %1 are not trusted (CREATE EXTENSION needs a superuser)</source>
        <translation>超级用户：扩展 %1 不是受信任扩展（CREATE EXTENSION 需要超级用户）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot list the owners: %1</source>
        <translation>无法列出属主：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>membership in %1 (CREATE DATABASE … OWNER and pg_restore&apos;s ALTER … OWNER TO)</source>
        <translation>%1 的成员身份（CREATE DATABASE … OWNER 和 pg_restore 的 ALTER … OWNER TO 需要）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after creating %1 on the target: GRANT … TO %2;</source>
        <translation>在目标端创建 %1 之后：GRANT … TO %2;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ownership of %1 (ALTER DATABASE … RENAME, to set it aside)</source>
        <translation>%1 的所有权（ALTER DATABASE … RENAME，用于改名保留）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in to the target as a superuser, or as a superuser run: ALTER ROLE %1 SUPERUSER; — or create those roles yourself and migrate with --no-roles.</source>
        <translation>请以超级用户身份登录目标端，或以超级用户身份执行：ALTER ROLE %1 SUPERUSER; — 或者自行创建这些角色，并使用 --no-roles 进行迁移。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to the target as a superuser, or as a superuser run: ALTER ROLE %1 SUPERUSER;</source>
        <translation>请以超级用户身份登录目标端，或由超级用户执行：ALTER ROLE %1 SUPERUSER;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a superuser on the target: %1 — or log in as a superuser.</source>
        <translation>以超级用户身份在目标端执行：%1 — 或直接以超级用户身份登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--no-owner restores every object as %1 instead.</source>
        <translation>若改用 --no-owner，所有对象都将以 %1 身份恢复。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/ModePage.cpp" line="+27"/>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h</source>
        <translation>约 %1 小时</translation>
    </message>
    <message>
        <location filename="../../core/session/EndpointProbe.cpp" line="+31"/>
        <source>Check the PostgreSQL user and password of this side.</source>
        <translation>请检查这一端的 PostgreSQL 用户名和密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No PostgreSQL server listens there: check the host and port (or the socket directory), and that the server runs.</source>
        <translation>该处没有 PostgreSQL 服务器在监听：请检查主机和端口（或套接字目录），并确认服务器正在运行。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The server refused this user before asking for a password: check that the user exists on the server (often postgres) and that pg_hba.conf has a line for this user and address.</source>
        <translation>服务器在要求密码之前就拒绝了该用户：请确认服务器上存在此用户（通常是 postgres），并且 pg_hba.conf 中有适用于该用户和地址的条目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login works, but not into this database: it does not exist or this user may not connect to it.</source>
        <translation>登录可以成功，但无法进入此数据库：它不存在，或此用户无权连接它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answers but accepts no connections yet (starting up, shutting down or recovering): wait, then test again.</source>
        <translation>服务器有响应，但暂不接受连接（正在启动、关闭或恢复）：请稍候再测试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>psql is not installed where the commands run: install the PostgreSQL client, or set the tools&apos; folder (bindir).</source>
        <translation>执行命令的环境中未安装 psql：请安装 PostgreSQL 客户端，或设置客户端工具目录（bindir）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the host, container, port, user and password of this side.</source>
        <translation>请检查这一端的主机、容器、端口、用户名和密码。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>list running containers</source>
        <translation>列出正在运行的容器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ps failed on %2: %3</source>
        <translation>在 %2 上执行 %1 ps 失败：%3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Compare the fingerprint with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on it) before trusting it.</source>
        <translation>信任之前，请将此指纹与服务器自身的指纹比对（在服务器上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s key differs from the one recorded in known_hosts. If the server was reinstalled on purpose, remove the old line with ssh-keygen -R; otherwise someone may be in between — do not go on.</source>
        <translation>服务器的主机密钥与 known_hosts 中记录的不一致。如果服务器是有意重装的，请用 ssh-keygen -R 删除旧记录；否则可能有人在中间拦截连接 — 请不要继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the SSH user and the password, key file or passphrase.</source>
        <translation>请检查 SSH 用户名，以及密码、密钥文件或密钥口令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the SSH host and port, and that sshd runs there.</source>
        <translation>请检查 SSH 主机和端口，并确认那里的 sshd 正在运行。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 container &quot;%2&quot; exists but is not running.</source>
        <translation>%1 容器“%2”存在，但没有在运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it on that host (%1 start %2), then test again.</source>
        <translation>请在该主机上启动它（%1 start %2），然后重新测试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No %1 container is named &quot;%2&quot;.</source>
        <translation>没有名为“%2”的 %1 容器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the container, or check the engine and its permissions.</source>
        <translation>请启动该容器，或检查容器引擎及其权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running containers: %1. Click Detect to pick one.</source>
        <translation>正在运行的容器：%1。点击“检测”以选择一个。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown: the user may not read data_directory</source>
        <translation>未知：该用户无权读取 data_directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
</context>
<context>
    <name>ReassignOwnerStep</name>
    <message>
        <location filename="../../core/migration/steps/ReassignOwnerStep.cpp" line="+83"/>
        <source>cannot give the objects of %1 to %2</source>
        <translation>无法将 %1 中对象的属主改为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 object(s) now owned by %2</source>
        <translation>%1 个对象的属主已改为 %2</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/ReassignOwnerStep.h" line="+20"/>
        <source>Give the objects of %1 to %2</source>
        <translation>将 %1 中对象的属主改为 %2</translation>
    </message>
</context>
<context>
    <name>ReleaseClaimsStep</name>
    <message>
        <location filename="../../core/migration/steps/ReleaseClaimsStep.cpp" line="+22"/>
        <source>cannot drop the empty database %1 this session claimed</source>
        <translation>无法删除本会话占用的空数据库 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no empty claim to give back</source>
        <translation>没有需要归还的空占用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped the empty %1 again: the name is free</source>
        <translation>已删除空数据库 %1：该名称已释放</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/ReleaseClaimsStep.h" line="+16"/>
        <source>Give back the target names claimed but not yet used</source>
        <translation>归还已占用但尚未使用的目标名称</translation>
    </message>
</context>
<context>
    <name>ReleaseHoldsStep</name>
    <message>
        <location filename="../../core/migration/steps/ReleaseHoldsStep.cpp" line="+25"/>
        <source>reverted on the source: %1</source>
        <translation>已在源端撤销：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) on the source could not be undone; run the revert SQL by hand</source>
        <translation>
            <numerusform>源端有 %n 处更改无法撤销；请手工执行撤销 SQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) undone</source>
        <translation>
            <numerusform>已撤销 %n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to undo</source>
        <translation>无需撤销</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/ReleaseHoldsStep.h" line="+19"/>
        <source>Undo the changes made on the source</source>
        <translation>撤销在源端所做的更改</translation>
    </message>
</context>
<context>
    <name>RenameAsideStep</name>
    <message>
        <location filename="../../core/migration/steps/RenameAsideStep.cpp" line="+12"/>
        <source>cannot read the target&apos;s databases</source>
        <translation>无法读取目标端的数据库列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database %1 on the target; nothing to rename</source>
        <translation>目标端没有数据库 %1；无需改名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot rename %1 aside (close every session to it first)</source>
        <translation>无法将 %1 改名保留（请先关闭连接到它的所有会话）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>existing %1 is now %2</source>
        <translation>原有的 %1 现已改名为 %2</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/RenameAsideStep.h" line="+16"/>
        <source>Rename the existing target database %1 aside</source>
        <translation>将目标端已有的数据库 %1 改名保留</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report/MarkdownReport.cpp" line="+132"/>
        <location filename="../../core/report/ReportBuilder.cpp" line="+568"/>
        <location filename="../../core/report/ReportDocument.cpp" line="+129"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../core/report/HtmlReport.cpp" line="+179"/>
        <location line="+35"/>
        <location filename="../../core/report/ReportBuilder.cpp" line="+110"/>
        <source>More details</source>
        <translation>更多详情</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../core/report/RichTextReport.cpp" line="+255"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/MarkdownReport.cpp" line="+103"/>
        <source>Contents:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <location filename="../../core/report/MarkdownReport.cpp" line="+55"/>
        <source>(see note %1 below)</source>
        <translation>（见下方注 %1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: see note %2 below</source>
        <translation>%1：见下方注 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note %1</source>
        <translation>注 %1</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportBuilder.cpp" line="-65"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+326"/>
        <source>local</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="-685"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>en</source>
        <comment>HTML lang code of the report&apos;s language</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+301"/>
        <location line="+530"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-831"/>
        <location line="+301"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup report: %1</source>
        <translation>备份报告：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration report: %1</source>
        <translation>迁移报告：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verification: %1</source>
        <translation>校验：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>记录文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+712"/>
        <source>did not finish</source>
        <translation>未结束</translation>
    </message>
    <message>
        <location line="-710"/>
        <location line="+276"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Tool version</source>
        <translation>工具版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode</source>
        <translation>迁移方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <location line="+93"/>
        <location line="+5"/>
        <location line="+172"/>
        <location line="+20"/>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <location line="-444"/>
        <location line="+154"/>
        <location line="+95"/>
        <location line="+5"/>
        <location line="+170"/>
        <location line="+20"/>
        <source>Target</source>
        <translation>目标端</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>Transfer: %1</source>
        <translation>传输方式：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dump files</source>
        <translation>转储文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stream (no file)</source>
        <translation>流式传输（不落盘）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles (globals): %1</source>
        <translation>角色（全局对象）：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not copied</source>
        <translation>未复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing target database: %1</source>
        <translation>目标端已有同名数据库：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>renamed aside</source>
        <translation>改名保留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>拒绝执行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop writes on the source: %1</source>
        <translation>源端停写：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit on error: %1</source>
        <translation>出错即退出：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not save: Owner</source>
        <translation>不保存：属主（Owner）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression: %1</source>
        <translation>压缩级别：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify: %1</source>
        <translation>校验：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup directory</source>
        <translation>备份目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strict tables (ordered SHA-256)</source>
        <translation>严格比对的表（按序 SHA-256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+137"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>renamed on the target</source>
        <translation>在目标端重命名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan named no databases: every user database of the source (templates excluded).</source>
        <translation>计划中未指定数据库：即源端的全部用户数据库（不含模板库）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source database</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target database</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+310"/>
        <location line="+59"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No facts about the servers were recorded.</source>
        <translation>未记录任何服务器信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server build</source>
        <translation>服务器构建信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server encoding</source>
        <translation>服务器编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAL level</source>
        <translation>WAL 级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump version</source>
        <translation>pg_dump 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_restore version</source>
        <translation>pg_restore 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>psql version</source>
        <translation>psql 版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Client tools that ran there</source>
        <translation>在该端运行的客户端工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact</source>
        <translation>信息项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other fact</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preflight checks were recorded.</source>
        <translation>未记录任何预检项。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error (the check could not run)</source>
        <translation>错误（检查无法执行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remedy for “%1”</source>
        <translation>“%1”的处理建议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passed: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+218"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="-218"/>
        <location line="+44"/>
        <location line="+95"/>
        <location line="+59"/>
        <location line="+20"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Found</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remedy</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No step was recorded.</source>
        <translation>未记录任何步骤。</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Your checks (run read-only on both sides)</source>
        <translation>您自己的检查（在两端以只读方式运行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>dump</source>
        <translation>转储文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles and tablespaces (globals)</source>
        <translation>角色和表空间（全局对象）</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Appendix: commands</source>
        <translation>附录：执行的命令</translation>
    </message>
    <message>
        <location line="-905"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+503"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Touches</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — tables: %2 identical, %3 different, %4 missing on target (source only), %5 only on target, %6 could not be compared</source>
        <translation>%1 — 表：%2 个一致，%3 个不一致，%4 个目标端缺失（仅源端有），%5 个仅目标端有，%6 个无法比对</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified: verification was turned off in the plan, so nothing proves the copy complete.</source>
        <translation>未校验：计划中关闭了校验，因此无法证明复制完整。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup only: there is no target to compare with. The SHA-256 of each file is under Artifacts.</source>
        <translation>仅备份：没有可比对的目标端。各文件的 SHA-256 见“保留的文件”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: the session ended before verification.</source>
        <translation>未校验：会话在校验之前就已结束。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (compared in %1)</source>
        <translation>（比对耗时 %1）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No table was compared.</source>
        <translation>没有比对任何表。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+24"/>
        <location line="+41"/>
        <location line="+40"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Source rows</source>
        <translation>源端行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target rows</source>
        <translation>目标端行数</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Source checksum</source>
        <translation>源端校验和</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target checksum</source>
        <translation>目标端校验和</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Differing keys in %1 (database %2)</source>
        <translation>%1 中不一致的键（数据库 %2）</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inventory items</source>
        <translation>清单对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verification at a glance</source>
        <translation>校验概览</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Key columns: %1</source>
        <translation>键列：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No differing key was located (locating rows needs a primary key or a unique key; compare this table by hand or add a key).</source>
        <translation>未能定位到不一致的键（定位行需要主键或唯一键；请手工比对此表，或为其添加键）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At most %1 keys are located per table: more rows may differ.</source>
        <translation>每张表最多定位 %1 个键：可能还有更多行不一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inventory (schemas, sequences, extensions, roles and other objects)</source>
        <translation>对象清单（模式、序列、扩展、角色及其他对象）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: source %2, target %3</source>
        <translation>%1：源端 %2，目标端 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All %1 inventory items are identical.</source>
        <translation>全部 %1 个清单对象均一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other inventory items identical: %1.</source>
        <translation>其余一致的清单对象：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database sizes (a restored database is usually smaller: no bloat): %1.</source>
        <translation>数据库大小（恢复后的数据库通常更小：没有膨胀）：%1。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checksums (row count and sum of row hashes, per table)</source>
        <translation>校验和（每张表的行数及行哈希之和）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes made on the source</source>
        <translation>在源端所做的更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session made no change on the source.</source>
        <translation>本次会话未对源端做任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes, at %1</source>
        <translation>是，于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No — still in place</source>
        <translation>否 — 仍然生效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No revert SQL was recorded for “%1”.</source>
        <translation>未记录“%1”的撤销 SQL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revert SQL for “%1” (on the source, database %2):</source>
        <translation>“%1”的撤销 SQL（在源端数据库 %2 上执行）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files kept</source>
        <translation>保留的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session kept no file.</source>
        <translation>本次会话未保留任何文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target databases</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup only: nothing was restored on the target.</source>
        <translation>仅备份：未在目标端恢复任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target database was created or changed.</source>
        <translation>未创建或更改任何目标数据库。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored, but differs from the source</source>
        <translation>已恢复，但与源端不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>INCOMPLETE</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not ready: verification found differences or could not compare it (see Verification). Do not switch applications over until they are explained or the copy is run again.</source>
        <translation>尚不可用：校验发现了差异或未能比对（见“校验”）。在查明差异原因或重新复制之前，请勿将应用切换过来。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: check the applications against it before switching them over.</source>
        <translation>可以使用：切换应用之前，请先用它验证应用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not use it. Run the session again, or drop it if you abandon the migration (see Rollback).</source>
        <translation>请勿使用。请重新运行会话；如果放弃迁移，请删除它（见“回滚”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It existed before this session: check its content, or restore it from a backup, before any application uses it.</source>
        <translation>它在本次会话之前就已存在：在任何应用使用它之前，请检查其内容，或从备份中恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renamed to </source>
        <translation>已改名为 </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created by this session</source>
        <translation>由本次会话创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous database</source>
        <translation>原有数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>后续操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session did not finish: its record may miss the last actions. Check the source for the changes listed here before anything else.</source>
        <translation>会话未结束：其记录可能缺少最后的操作。请首先检查源端是否存在此处列出的更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing needs reverting on the source: this session changed nothing there.</source>
        <translation>源端无需撤销任何内容：本次会话未对其做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing needs reverting on the source: every change this session made there has been reverted.</source>
        <translation>源端无需撤销任何内容：本次会话在源端所做的更改均已撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes this session made on the source are still in place: %1.</source>
        <translation>本次会话在源端所做的更改仍然生效：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revert them with:</source>
        <translation>可用以下命令撤销：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or by hand, on the source database %1:</source>
        <translation>或在源端数据库 %1 上手工执行：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This was a backup only: nothing was restored on the target and the applications still use the source. Keep the files listed under Files kept; their SHA-256 proves them intact.</source>
        <translation>这是一次仅备份：目标端未恢复任何内容，应用仍在使用源端。请妥善保存“保留的文件”中列出的文件；其 SHA-256 可证明文件完好。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the source running, unchanged, until the applications are verified on the target: it is your way back.</source>
        <translation>在应用于目标端验证通过之前，请保持源端运行且不作更改：它是您的退路。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To go back, point the applications&apos; connection settings at the source again (%1). Writes made on the target after the switch exist only there: copy them back first, or accept losing them.</source>
        <translation>如需回退，请将应用的连接设置重新指向源端（%1）。切换后写入目标端的数据只存在于目标端：请先将其复制回源端，或接受这些数据的丢失。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>If you abandon the migration, drop the databases this session created on the target (%1), after disconnecting every session from them:</source>
        <translation>如果放弃迁移，请先断开这些数据库上的所有连接，再删除本次会话在目标端创建的数据库（%1）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases that already existed on the target were renamed aside, not dropped. To swap them back (on the target, %1, connected to another database):</source>
        <translation>目标端原有的同名数据库已被改名保留，并未删除。如需换回（在目标端 %1 上、连接到其他数据库后执行）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session created no database on the target: nothing to drop there.</source>
        <translation>本次会话未在目标端创建数据库：无需删除任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No external command was run.</source>
        <translation>未运行任何外部命令。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Commands run: %1 · not successful: %2. Each is shown exactly as it ran (no secret is ever placed in a command line), under its exit code, duration, start time, host and purpose.</source>
        <translation>执行的命令：%1 条 · 未成功：%2 条。每条命令均按实际执行的原样列出（命令行中从不包含任何密钥），并附有退出码、耗时、开始时间、主机和用途。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>killed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>stderr of command %1 (%2 lines)</source>
        <translation>命令 %1 的 stderr（%2 行）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rendered by pgcrossing %1 from the session record %2 (%3). The JSON record is the truth; this report is generated from it.</source>
        <translation>由 pgcrossing %1 根据会话记录 %2（%3）生成。JSON 记录是唯一依据；本报告由其生成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportRenderer.cpp" line="+35"/>
        <source>No file name given for the report (“%1”).</source>
        <translation>未给出报告的文件名（“%1”）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RolesCheck</name>
    <message>
        <location filename="../../core/preflight/RolesCheck.cpp" line="+17"/>
        <source>The roles the databases use exist on the target</source>
        <translation>数据库用到的角色在目标端均存在</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot list the roles the databases use: %1</source>
        <translation>无法列出这些数据库用到的角色：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on the target: %1</source>
        <translation>目标端应有：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chosen owner %1 does not exist on the target</source>
        <translation>所选属主 %1 在目标端不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it on the target first (CREATE ROLE %1 …), or choose an existing role as the owner.</source>
        <translation>请先在目标端创建该角色（CREATE ROLE %1 …），或选择一个已有角色作为属主。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all present</source>
        <translation>全部存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all present; the databases and their objects will be owned by %1</source>
        <translation>全部存在；数据库及其对象的属主将为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created from the source&apos;s roles before the restore: %1</source>
        <translation>将在恢复前按源端角色创建：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing on the target: %1</source>
        <translation>目标端缺少：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the migration create them from the source&apos;s roles (Databases page: &quot;create the roles&quot;; CLI: without --no-roles), or create them on the target yourself (CREATE ROLE …) and run the check again.</source>
        <translation>让迁移按源端角色创建它们（数据库页面：“创建所需角色”；命令行：不加 --no-roles），或自行在目标端创建（CREATE ROLE …）后重新运行检查。</translation>
    </message>
</context>
<context>
    <name>SequencesCheck</name>
    <message>
        <location filename="../../core/preflight/SequencesCheck.cpp" line="+12"/>
        <source>Sequences are ahead of their columns on the source</source>
        <translation>源端序列值领先于其所属列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each serial/identity sequence ≥ the largest value in its column</source>
        <translation>每个 serial/identity 序列 ≥ 其所属列的最大值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2, %3 reaches %4</source>
        <translation>%1 当前为 %2，而 %3 已达 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the sequences: %1</source>
        <translation>无法读取序列：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none behind</source>
        <translation>没有落后的序列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The migration sets every sequence on the target past its column&apos;s largest value, so the target continues correctly. On the source, the next default insert would collide; fix it there with SELECT setval(&apos;SEQUENCE&apos;, (SELECT max(COLUMN) FROM TABLE)).</source>
        <translation>迁移会把目标端每个序列设置到其所属列最大值之后，因此目标端可以正确继续。源端下一次使用默认值插入将发生冲突；请在源端执行 SELECT setval(&apos;SEQUENCE&apos;, (SELECT max(COLUMN) FROM TABLE)) 修正。</translation>
    </message>
</context>
<context>
    <name>SessionContext</name>
    <message>
        <location filename="../../core/migration/SessionContext.cpp" line="+31"/>
        <source>[%1] exit %2 (cancelled): %3</source>
        <translation>[%1] 退出码 %2（已取消）：%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[%1] exit %2: %3</source>
        <translation>[%1] 退出码 %2：%3</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <location filename="../../core/history/SessionHistory.cpp" line="+78"/>
        <source>cannot open the session history %1: %2</source>
        <translation>无法打开会话历史 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was written by a newer pgcrossing (schema %1, this one knows %2)</source>
        <translation>它由更新版本的 pgcrossing 写入（结构版本 %1，本程序最高只支持 %2）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the session history %1 is not open</source>
        <translation>会话历史 %1 未打开</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a session without an id cannot be saved in the history</source>
        <translation>没有 ID 的会话无法保存到历史记录中</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot save session %1 in the history: %2</source>
        <translation>无法将会话 %1 保存到历史记录中：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the session history: %1</source>
        <translation>无法读取会话历史：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot remove session %1 from the history: %2</source>
        <translation>无法从历史记录中删除会话 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history has no session %1</source>
        <translation>历史记录中没有会话 %1</translation>
    </message>
</context>
<context>
    <name>SessionOutcome</name>
    <message>
        <location filename="../../core/model/SessionOutcome.cpp" line="+9"/>
        <source>Incomplete (the session did not finish)</source>
        <translation>未完成（会话未结束）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded with warnings</source>
        <translation>成功（有警告）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted (pgcrossing stopped before the session ended)</source>
        <translation>已中断（会话结束前 pgcrossing 停止了）</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <location filename="../../core/model/SessionRecord.cpp" line="+184"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a session record: %2</source>
        <translation>%1 不是会话记录：%2</translation>
    </message>
</context>
<context>
    <name>SetupDraft</name>
    <message>
        <location filename="../../core/session/SetupDraft.cpp" line="+25"/>
        <source>Cannot write the draft %1: %2</source>
        <translation>无法写入草稿 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the draft %1: %2</source>
        <translation>无法读取草稿 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft %1 cannot be used: %2</source>
        <translation>草稿 %1 无法使用：%2</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../core/remote/ContainerShell.cpp" line="+30"/>
        <source>invalid container name &quot;%1&quot;</source>
        <translation>无效的容器名称“%1”</translation>
    </message>
    <message>
        <location filename="../../core/remote/LocalProcess.cpp" line="+24"/>
        <location filename="../../core/remote/SshShell.cpp" line="+32"/>
        <source>empty command</source>
        <translation>命令为空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/remote/Shell.cpp" line="+33"/>
        <source>a password may not contain a line break</source>
        <translation>密码中不能包含换行符</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>output larger than %1 bytes; stopped</source>
        <translation>输出超过 %1 字节，已停止</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the SSH connection to %1 %2</source>
        <translation>到 %1 的 SSH 连接%2</translation>
    </message>
</context>
<context>
    <name>ShipDumpStep</name>
    <message>
        <location filename="../../core/migration/steps/ShipDumpStep.cpp" line="+25"/>
        <source>no recorded dump %1 on %2 to copy</source>
        <translation>%2 上没有可复制的已记录转储文件 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot checksum %1 on %2</source>
        <translation>无法在 %2 上计算 %1 的校验和</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the copy %1 on %2 is damaged: sha256 %3, expected %4</source>
        <translation>%2 上的副本 %1 已损坏：sha256 为 %3，应为 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 copied to %2, sha256 matches</source>
        <translation>已将 %1 复制到 %2，sha256 一致</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/ShipDumpStep.h" line="+18"/>
        <source>Copy the dump of %1 to the target host</source>
        <translation>将 %1 的转储文件复制到目标端主机</translation>
    </message>
</context>
<context>
    <name>SshProcess</name>
    <message>
        <location filename="../../core/remote/SshProcess.cpp" line="+44"/>
        <source>Could not start the command on %1 (%2: %3). Check the connection and try again.</source>
        <translation>无法在 %1 上启动命令（%2：%3）。请检查连接后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>new channel</source>
        <translation>新建通道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open channel</source>
        <translation>打开通道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>went silent: no answer to %1 keepalive requests in %2 s (the network or the host stopped responding)</source>
        <translation>没有了动静：%2 秒内 %1 次保活请求都没有应答（网络或主机停止了响应）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>dropped</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropped (%1)</source>
        <translation>已断开（%1）</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <location filename="../../core/remote/SshSession.cpp" line="+27"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No SSH host is set. Enter the host name or address of the server.</source>
        <translation>未设置 SSH 主机。请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create an SSH session (out of memory?). Try again.</source>
        <translation>无法创建 SSH 会话（内存不足？）。请重试。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 answered, but the SSH handshake failed: %2. Check that this port runs an SSH server that accepts modern algorithms.</source>
        <translation>%1 有响应，但 SSH 握手失败：%2。请确认此端口上运行的是支持现代算法的 SSH 服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach %1: %2. Check the host name and port, that the SSH server is running, and that no firewall blocks the connection.</source>
        <translation>无法连接 %1：%2。请检查主机名和端口、SSH 服务器是否正在运行，以及是否有防火墙阻断连接。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 sent no usable host key (%2). Check the server&apos;s SSH configuration.</source>
        <translation>%1 未提供可用的主机密钥（%2）。请检查服务器的 SSH 配置。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The host key of %1 has changed since it was last trusted: it now presents %2 key %3, which does not match the line for this host in %4. This can mean someone is intercepting the connection, or that the server was reinstalled. Do not connect until you have checked the key with the server&apos;s administrator; if the change is expected, remove the old line with `ssh-keygen -f &quot;%4&quot; -R &quot;%5&quot;` and connect again to review the new key.</source>
        <translation>%1 的主机密钥自上次信任以来已发生变化：它现在提供的是 %2 密钥 %3，与 %4 中该主机的记录不符。这可能意味着有人正在拦截连接，也可能是服务器重装过。在与服务器管理员核对密钥之前，请不要连接；如果这一变化在预期之中，请用 `ssh-keygen -f &quot;%4&quot; -R &quot;%5&quot;` 删除旧记录，然后重新连接以查看新密钥。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not check the host key of %1 against %2: %3. Check that the file is readable and well-formed.</source>
        <translation>无法根据 %2 核对 %1 的主机密钥：%3。请确认该文件可读且格式正确。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a known host yet. It presents %2 key %3. Compare it with what `ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub` prints on the server (or ask its administrator) and accept it only if both are identical.</source>
        <translation>%1 尚不是已知主机。它提供的是 %2 密钥 %3。请将其与在服务器上运行 `ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub` 的输出比对（或询问服务器管理员），两者完全一致时才接受。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The host key %1 of %2 was accepted, but could not be saved to %3: %4. Check that the file and its folder are writable.</source>
        <translation>已接受 %2 的主机密钥 %1，但无法保存到 %3：%4。请确认该文件及其所在文件夹可写。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection to %1 failed during login: %2. Try again; if it keeps failing, check the server&apos;s SSH log.</source>
        <translation>登录 %1 的过程中连接失败：%2。请重试；如果一直失败，请查看服务器的 SSH 日志。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No SSH agent is running for this program (SSH_AUTH_SOCK is not set), so no key could be offered to %1. Start an agent and add your key (ssh-add), or choose a key file or password login.</source>
        <translation>本程序没有可用的 SSH 代理（未设置 SSH_AUTH_SOCK），因此无法向 %1 提供任何密钥。请启动 SSH 代理并添加密钥（ssh-add），或改用密钥文件或密码登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 accepted none of the keys the SSH agent offered. Check that the agent holds the right key (ssh-add -l) and that its public key is in ~/.ssh/authorized_keys of that user on the server.</source>
        <translation>%1 不接受 SSH 代理提供的任何密钥。请确认代理中有正确的密钥（ssh-add -l），并且其公钥已加入服务器上该用户的 ~/.ssh/authorized_keys。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No key file is set for %1. Choose your private key file (for example ~/.ssh/id_ed25519).</source>
        <translation>未为 %1 设置密钥文件。请选择您的私钥文件（例如 ~/.ssh/id_ed25519）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key file %1 does not exist or cannot be read. Check the path and the file&apos;s permissions.</source>
        <translation>密钥文件 %1 不存在或无法读取。请检查路径和文件权限。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key file %1 could not be opened: it is protected by a passphrase, or it is not a private key. Enter the key&apos;s passphrase, or choose the private key file (not the .pub file).</source>
        <translation>无法打开密钥文件 %1：它受密钥口令保护，或者不是私钥。请输入密钥口令，或选择私钥文件（而不是 .pub 文件）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file %1 could not be opened with the passphrase given: the passphrase is wrong, or the file is not a private key. Enter the passphrase again, or choose another key file.</source>
        <translation>无法用所给的密钥口令打开密钥文件 %1：口令错误，或该文件不是私钥。请重新输入口令，或选择其他密钥文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 refused the key %2. Add its public key (%2.pub) to ~/.ssh/authorized_keys of that user on the server (for example with ssh-copy-id), or choose another key.</source>
        <translation>%1 拒绝了密钥 %2。请将其公钥（%2.pub）加入服务器上该用户的 ~/.ssh/authorized_keys（例如使用 ssh-copy-id），或选择其他密钥。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the password. Check the user name and the password; the server may also not allow password login (PasswordAuthentication) for this user.</source>
        <translation>%1 拒绝了密码。请检查用户名和密码；也可能是服务器不允许该用户使用密码登录（PasswordAuthentication）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 accepted the first login step but asks for more (for example a one-time code), which this program does not support. Use a key the server accepts on its own.</source>
        <translation>%1 接受了第一步登录，但还要求更多验证（例如一次性验证码），本程序不支持这种方式。请使用服务器单独即可接受的密钥。</translation>
    </message>
</context>
<context>
    <name>StepResult</name>
    <message>
        <location filename="../../core/migration/StepResult.cpp" line="+9"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <location filename="../../core/model/StepStatus.cpp" line="+9"/>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done with warnings</source>
        <translation>完成（有警告）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>StreamTransfer</name>
    <message>
        <location filename="../../core/migration/StreamTransfer.cpp" line="+64"/>
        <source>%1 of about %2</source>
        <translation>%1 / 约 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 transferred</source>
        <translation>已传输 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <location line="+88"/>
        <source>cannot start %1 on %2: %3</source>
        <translation>无法在 %2 上启动 %1：%3</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>the SSH connection to %1 %2; stopping the copy on both hosts</source>
        <translation>到 %1 的 SSH 连接%2；正在停止两台主机上的复制</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+67"/>
        <source>cancelled after %1</source>
        <translation>传输 %1 后已取消</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>the SSH connection to %1 %2 while %3 streamed, after %4; %5 on %6 was stopped so that nothing partial stays loaded. Check the network to that host, then resume the session.</source>
        <translation>%3 传输数据时（已传 %4），到 %1 的 SSH 连接%2；已停止 %6 上的 %5，以免留下只加载了一部分的内容。请检查到该主机的网络，然后恢复会话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SSH connection to %1 %2 while %3 loaded the stream, after %4; %5 on %6 was stopped. Check the network to that host, then resume the session.</source>
        <translation>%3 加载数据流时（已传 %4），到 %1 的 SSH 连接%2；已停止 %6 上的 %5。请检查到该主机的网络，然后恢复会话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+57"/>
        <source>%1 on %2 failed (exit %3): %4</source>
        <translation>%2 上的 %1 失败（退出码 %3）：%4</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the SSH connection to %1 %2 while %3 streamed, after %4. Check the network to that host, then resume the session.</source>
        <translation>%3 传输数据时（已传 %4），到 %1 的 SSH 连接%2。请检查到该主机的网络，然后恢复会话。</translation>
    </message>
</context>
<context>
    <name>SyncSequencesStep</name>
    <message>
        <location filename="../../core/migration/steps/SyncSequencesStep.cpp" line="+20"/>
        <source>cannot read the source&apos;s sequences</source>
        <translation>无法读取源端的序列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the target&apos;s sequences</source>
        <translation>无法读取目标端的序列</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>cannot set the target&apos;s sequences</source>
        <translation>无法设置目标端的序列</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot compare the target&apos;s sequences with their columns</source>
        <translation>无法将目标端序列与其所属列进行比对</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n sequence(s) were behind their column and now continue after its largest value</source>
        <translation>
            <numerusform>%n 个序列曾落后于其所属列，现已从该列最大值之后继续</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sequence(s) missing on the target</source>
        <translation>
            <numerusform>目标端缺少 %n 个序列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sequence(s) checked, %2 set to the source&apos;s value</source>
        <translation>已检查 %1 个序列，其中 %2 个已设为源端的值</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/SyncSequencesStep.h" line="+17"/>
        <source>Check sequences of %1</source>
        <translation>检查 %1 的序列</translation>
    </message>
</context>
<context>
    <name>TableStatus</name>
    <message>
        <location filename="../../core/model/InventoryStatus.cpp" line="+10"/>
        <location filename="../../core/model/TableStatus.cpp" line="+10"/>
        <source>Identical</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For information</source>
        <translation>仅供参考</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/model/TableStatus.cpp" line="+1"/>
        <source>Different</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/model/TableStatus.cpp" line="+1"/>
        <source>Only on the source</source>
        <translation>仅源端有</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/model/TableStatus.cpp" line="+1"/>
        <source>Only on the target</source>
        <translation>仅目标端有</translation>
    </message>
    <message>
        <location filename="../../core/model/TableStatus.cpp" line="+1"/>
        <source>Could not compare</source>
        <translation>无法比对</translation>
    </message>
</context>
<context>
    <name>TextSearchCheck</name>
    <message>
        <location filename="../../core/preflight/TextSearchCheck.cpp" line="+18"/>
        <source>pg_dump can dump the text-search configurations</source>
        <translation>pg_dump 能够转储文本搜索配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no configuration of yours over an extension&apos;s parser, or the fix-up chosen</source>
        <translation>没有基于扩展解析器的自定义配置，或已选择自动修正</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; used by: %1</source>
        <translation>；被以下对象使用：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 as COPY = %2</source>
        <translation>%1（COPY = %2）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot read the text-search configurations: %1</source>
        <translation>无法读取文本搜索配置：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uses parser %2 of extension %3</source>
        <translation>%1 使用扩展 %3 的解析器 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (owner %2) and extension %3</source>
        <translation>%1（属主 %2）和扩展 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none over an extension&apos;s parser</source>
        <translation>没有基于扩展解析器的配置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To dump it, pg_dump asks the parser for its token names, which crashes the server with pg_jieba (pg_jieba issue #39). A backup must hold the configuration, so pgcrossing does not lend it away here: if the parser is pg_jieba&apos;s, take the backup from a copy of the database (CREATE DATABASE … TEMPLATE …) whose configuration you dropped, and keep its definition beside the file.</source>
        <translation>转储该配置时，pg_dump 会向解析器查询其词元名称，使用 pg_jieba 时这会导致服务器崩溃（pg_jieba issue #39）。备份必须包含该配置，因此这里 pgcrossing 不会将其临时归入扩展：如果解析器来自 pg_jieba，请从该数据库的副本（CREATE DATABASE … TEMPLATE …）中删除该配置后再备份，并将其定义与备份文件一并保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pgcrossing cannot carry %1. By hand, knowing it changes the source: save the definitions of the configuration and of the generated columns over it, drop them on the source, migrate, then recreate them on the target and on the source (a recreated column moves to the table&apos;s end).</source>
        <translation>pgcrossing 无法迁移 %1。如需手工处理（注意这会改动源端）：保存该配置及基于它的生成列的定义，在源端删除它们，完成迁移，然后在目标端和源端重新创建它们（重新创建的列会移到表的末尾）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lending a configuration to its extension (ALTER EXTENSION … ADD) needs the source login to own both: %1. Log in as a superuser, or as their owner.</source>
        <translation>将配置临时归入其扩展（ALTER EXTENSION … ADD）要求源端登录角色同时是两者的属主：%1。请以超级用户或其属主身份登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fix-up is chosen. For the length of each dump, the configuration is lent to its extension on the source (ALTER EXTENSION … ADD TEXT SEARCH CONFIGURATION), so pg_dump skips it; it is created on the target before the restore (%1), so the dependent columns and indexes are restored with it; then it is given back (… DROP TEXT SEARCH CONFIGURATION). Nothing is dropped or rewritten on the source; the change and its undo are in the session record.</source>
        <translation>已选择自动修正。在每次转储期间，该配置会在源端临时归入其扩展（ALTER EXTENSION … ADD TEXT SEARCH CONFIGURATION），从而使 pg_dump 跳过它；恢复之前先在目标端创建它（%1），使依赖它的列和索引能随之恢复；之后再将其还原（… DROP TEXT SEARCH CONFIGURATION）。源端不会删除或重写任何内容；这一更改及其撤销方法都保存在会话记录中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To dump it, pg_dump asks the parser for its token names, which crashes the server with pg_jieba (pg_jieba issue #39). Let pgcrossing carry it apart (--fix-text-search, or &quot;Fix this&quot; in the wizard): it is lent to its extension for the length of the dump, created on the target as %1 before the restore, and given back; the generated columns are never dropped.</source>
        <translation>转储时，pg_dump 会向解析器查询其标记（token）名称，而对 pg_jieba 这样做会导致服务器崩溃（pg_jieba issue #39）。请让 pgcrossing 单独迁移它（--fix-text-search，或在向导中点击“修复此项”）：转储期间它会临时归入其扩展，恢复之前在目标端按 %1 创建，之后再还原；生成列绝不会被删除。</translation>
    </message>
</context>
<context>
    <name>TextSearchConfigs</name>
    <message>
        <location filename="../../core/postgres/TextSearchConfigs.cpp" line="+68"/>
        <source>its mapping differs from every configuration of extension %1, so it cannot be recreated as a copy without asking the parser for its token names</source>
        <translation>它的映射与扩展 %1 的所有配置都不同，因此无法在不向解析器查询标记名称的情况下以副本方式重新创建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it or extension %1 lives outside the public schema, which the restore creates only later</source>
        <translation>它或扩展 %1 位于 public 以外的模式中，而该模式要到恢复过程中才会创建</translation>
    </message>
</context>
<context>
    <name>TextSearchLoan</name>
    <message>
        <location filename="../../core/migration/TextSearchLoan.cpp" line="+19"/>
        <source>cannot read the text-search configurations of %1</source>
        <translation>无法读取 %1 的文本搜索配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text-search configuration %1 cannot be carried apart: %2</source>
        <translation>文本搜索配置 %1 无法单独迁移：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>text-search configuration %1 lent to extension %2 for the dump (pg_dump skips it)</source>
        <translation>文本搜索配置 %1 在转储期间临时归入扩展 %2（pg_dump 会跳过它）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot lend %1 to extension %2 on the source</source>
        <translation>无法在源端将 %1 临时归入扩展 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source: %1 lent to extension %2 until the dump ends; undo: %3</source>
        <translation>源端：%1 已临时归入扩展 %2，直到转储结束；撤销方法：%3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>source: %1 given back, as it was</source>
        <translation>源端：%1 已还原，与原先一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the source still lends these configurations; run `pgcrossing-cli revert`: %1</source>
        <translation>源端仍有以下配置临时归入扩展中；请运行 `pgcrossing-cli revert`：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot create %1 on the target before the restore</source>
        <translation>无法在恢复之前于目标端创建 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target: %1 created as COPY = %2 before the restore</source>
        <translation>目标端：已在恢复之前创建 %1（COPY = %2）</translation>
    </message>
</context>
<context>
    <name>VerificationVerdict</name>
    <message>
        <location filename="../../core/model/VerificationVerdict.cpp" line="+9"/>
        <source>Not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identical</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not compare everything</source>
        <translation>部分内容无法比对</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../../core/verify/DatabaseVerifier.cpp" line="+26"/>
        <source>%1: inventory and table shapes</source>
        <translation>%1：对象清单和表结构</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>columns missing on the target: %1</source>
        <translation>目标端缺少的列：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns only on the target: %1</source>
        <translation>仅目标端有的列：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: fingerprints of %2 tables on both sides</source>
        <translation>%1：在两端计算 %2 张表的指纹</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the table does not exist on the target</source>
        <translation>目标端不存在该表</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>a partition of %1</source>
        <translation>%1 的一个分区</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the table exists only on the target</source>
        <translation>该表仅存在于目标端</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 rows on the source, %2 on the target</source>
        <translation>源端 %1 行，目标端 %2 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same row count, different content</source>
        <translation>行数相同，内容不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: locating the differing rows of %2</source>
        <translation>%1：正在定位 %2 中不一致的行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>first %1 differing keys shown</source>
        <translation>仅显示前 %1 个不一致的键</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: strict sha256 of %2</source>
        <translation>%1：计算 %2 的严格 sha256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>strict check: %1</source>
        <translation>严格比对：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>strict sha256 differs although the fingerprints match</source>
        <translation>指纹一致，但严格 sha256 不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strict sha256 identical</source>
        <translation>严格 sha256 一致</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n check(s) of your own on both sides</source>
        <translation>
            <numerusform>%1：在两端执行 %n 项自定义检查</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/verify/InventorySnapshot.cpp" line="+156"/>
        <source>sizes differ after a restore (no bloat); not a difference</source>
        <translation>恢复后大小不同（没有膨胀），不算差异</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>the target&apos;s sequence is behind the source&apos;s</source>
        <translation>目标端的序列值落后于源端</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>cannot read the large objects: %1</source>
        <translation>无法读取大对象：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>owner %1, md5 %2</source>
        <translation>属主 %1，md5 %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a foreign table: its rows live on another server and are not compared</source>
        <translation>外部表：其数据行位于另一台服务器上，不做比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a materialized view never populated: no rows to compare (REFRESH MATERIALIZED VIEW fills it)</source>
        <translation>从未填充的物化视图：没有可比较的行（REFRESH MATERIALIZED VIEW 可填充它）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, is_called = true</source>
        <translation>%1，is_called = true</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, is_called = false</source>
        <translation>%1，is_called = false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the target&apos;s sequence (%1) is behind the max of its column (%2): the next insert would collide</source>
        <translation>目标端的序列值（%1）落后于其所属列的最大值（%2）：下一次插入将发生冲突</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved past its column&apos;s max on the target by the migration (the source&apos;s sequence is behind its own data)</source>
        <translation>迁移已在目标端将其推进到所属列的最大值之后（源端序列落后于其自身的数据）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the target&apos;s sequence is ahead of the source&apos;s</source>
        <translation>目标端序列领先于源端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same last value, but is_called differs: the next value differs</source>
        <translation>last_value 相同，但 is_called 不同：下一个值会不同</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the content differs</source>
        <translation>内容不同</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another owner on the target</source>
        <translation>目标端的属主不同</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a newer version on the target: CREATE EXTENSION installs the target&apos;s default version (ALTER EXTENSION %1 UPDATE on the source would match it)</source>
        <translation>目标端的版本更新：CREATE EXTENSION 安装的是目标端的默认版本（在源端执行 ALTER EXTENSION %1 UPDATE 即可一致）</translation>
    </message>
    <message>
        <location filename="../../core/verify/KeyLocator.cpp" line="+51"/>
        <source>cannot locate rows: the table has no primary key</source>
        <translation>无法定位行：该表没有主键</translation>
    </message>
    <message>
        <location filename="../../core/verify/StrictHasher.cpp" line="+18"/>
        <source>strict check needs a primary key to order by</source>
        <translation>严格比对需要主键来排序</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>strict sha256 of %1</source>
        <translation>计算 %1 的严格 sha256</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/verify/OwnQueries.cpp" line="+37"/>
        <source>… %n more row(s)</source>
        <translation>
            <numerusform>……另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>on the source: %1</source>
        <translation>源端：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the target: %1</source>
        <translation>目标端：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — the query failed %2</source>
        <translation>%1 —— 查询失败，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — the results differ</source>
        <translation>%1 —— 结果不同</translation>
    </message>
    <message>
        <location filename="../../core/verify/ViewRendering.cpp" line="+28"/>
        <source>the two servers write view definitions differently and the source&apos;s could not be read to compare them: %1</source>
        <translation>两台服务器书写视图定义的方式不同，且无法读取源端的定义来比较：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the two servers write view definitions differently and the target could not render the source&apos;s to compare them: %1</source>
        <translation>两台服务器书写视图定义的方式不同，且目标端无法重写源端的定义来比较：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the target cannot even create the source&apos;s definition: %1</source>
        <translation>目标端甚至无法创建源端的定义：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same query: the target&apos;s PostgreSQL writes it differently (compared as the target renders the source&apos;s definition)</source>
        <translation>同一个查询：只是目标端的 PostgreSQL 写法不同（按目标端重写源端定义后的结果比较）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a different query: the source&apos;s definition, rendered by the target, is not the target&apos;s</source>
        <translation>不同的查询：源端的定义经目标端重写后，与目标端的定义不一致</translation>
    </message>
</context>
<context>
    <name>VerifyQuery</name>
    <message>
        <location filename="../../core/model/VerifyQuery.cpp" line="+33"/>
        <source>a check must read NAME=SQL or DATABASE:NAME=SQL (got &quot;%1&quot;)</source>
        <translation>检查的写法应为 名称=SQL 或 数据库:名称=SQL（收到的是“%1”）</translation>
    </message>
</context>
<context>
    <name>VerifyStep</name>
    <message>
        <location filename="../../core/migration/steps/VerifyStep.cpp" line="+61"/>
        <source>%1 table(s) identical, %2 different, %3 missing on the target, %4 only on the target, %5 could not be compared; %6 inventory difference(s)</source>
        <translation>%1 张表一致，%2 张不一致，%3 张目标端缺失，%4 张仅目标端有，%5 张无法比对；对象清单差异 %6 处</translation>
    </message>
    <message>
        <location filename="../../core/migration/steps/VerifyStep.h" line="+18"/>
        <source>Verify: compare every table on both sides</source>
        <translation>校验：在两端逐表比对</translation>
    </message>
</context>
<context>
    <name>pgcrossing::DatabasesPage</name>
    <message>
        <location filename="../../ui/DatabasesPage.cpp" line="+27"/>
        <location line="+197"/>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Tick the databases to carry. Double-click a target name to rename it.</source>
        <translation>勾选要迁移的数据库。双击目标端名称可重命名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source database</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name on the target</source>
        <translation>目标端名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the target</source>
        <translation>目标端情况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total size</source>
        <translation>总大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows (estimate)</source>
        <translation>行数（估计）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the roles these databases need on the target (existing roles are never changed)</source>
        <translation>在目标端创建这些数据库所需的角色（已有角色不会被修改）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: the owners they have on the source</source>
        <translation>留空：沿用源端的属主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A role that exists on the target. The databases are restored without their ownership and then given, with all their objects, to this role (pg_restore --no-owner).</source>
        <translation>目标端上已存在的角色。数据库恢复时不带属主信息，恢复后数据库及其所有对象的属主都改为此角色（pg_restore --no-owner）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner on the target:</source>
        <translation>目标端属主：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the tables of %1: %2</source>
        <translation>无法读取 %1 的表：%2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>exists — replace needed</source>
        <translation>已存在 — 需要替换</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>free</source>
        <translation>未占用</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n database(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>已选择 %n 个数据库，共 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already exist(s) on the target: choose replace on the Mode page, or rename.</source>
        <translation>
            <numerusform>%n 个已在目标端存在：请在“迁移方式”页选择替换，或重命名。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the tables of %1 …</source>
        <translation>正在读取 %1 的表 …</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Tables of %1 by size (%n table(s), %2):</source>
        <translation>
            <numerusform>%1 的表（按大小排序，共 %n 张表，%2）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not analyzed</source>
        <translation>未分析</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give %1 a name on the target.</source>
        <translation>请为 %1 指定目标端名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two databases would become %1 on the target: rename one.</source>
        <translation>有两个数据库在目标端都会成为 %1：请重命名其中一个。</translation>
    </message>
</context>
<context>
    <name>pgcrossing::EndpointForm</name>
    <message>
        <location filename="../../ui/EndpointForm.cpp" line="+27"/>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH host</source>
        <translation>SSH 主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>host name, address or ~/.ssh/config alias</source>
        <translation>主机名、地址或 ~/.ssh/config 中的别名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH agent</source>
        <translation>SSH 代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH host:</source>
        <translation>SSH 主机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH user:</source>
        <translation>SSH 用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known_hosts:</source>
        <translation>known_hosts：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No container</source>
        <translation>不使用容器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>container name</source>
        <translation>容器名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect</source>
        <translation>检测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the running containers on this host</source>
        <translation>列出此主机上正在运行的容器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Container:</source>
        <translation>容器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container name:</source>
        <translation>容器名称：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: local socket</source>
        <translation>默认：本地套接字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (5432)</source>
        <translation>默认（5432）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: peer/trust or ~/.pgpass on that host</source>
        <translation>留空：使用该主机上的 peer/trust 认证或 ~/.pgpass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: psql, pg_dump on PATH</source>
        <translation>默认：使用 PATH 中的 psql、pg_dump</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL host:</source>
        <translation>PostgreSQL 主机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL user:</source>
        <translation>PostgreSQL 用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL password:</source>
        <translation>PostgreSQL 密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client tools folder:</source>
        <translation>客户端工具目录：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember passwords in the system keychain</source>
        <translation>将密码保存在系统密钥环中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <location line="+66"/>
        <source>Not tested yet.</source>
        <translation>尚未测试。</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>No running container on this host.</source>
        <translation>此主机上没有正在运行的容器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running containers: %1</source>
        <translation>正在运行的容器：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Filled from ~/.ssh/config (Host %1).</source>
        <translation>已根据 ~/.ssh/config 填写（Host %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default: %1 (PGHOST)</source>
        <translation>默认：%1（PGHOST）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default (%1, PGPORT)</source>
        <translation>默认（%1，PGPORT）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SSH password:</source>
        <translation>SSH 密码：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key passphrase:</source>
        <translation>密钥口令：</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Enter the SSH host.</source>
        <translation>请输入 SSH 主机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the container name, or click Detect.</source>
        <translation>请输入容器名称，或点击“检测”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing %1 …</source>
        <translation>正在测试 %1 …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown SSH host key</source>
        <translation>未知的 SSH 主机密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 host %2 is not in known_hosts yet.

Its key fingerprint is
%3

Trust it only if it matches the server&apos;s own key (run ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server).</source>
        <translation>主机 %2（%1）尚未记录在 known_hosts 中。

其密钥指纹为
%3

只有在它与服务器自身的密钥一致时才可信任（在服务器上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub 查看）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source</source>
        <translation>源端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>目标端</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust this key</source>
        <translation>信任此密钥</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 free at %2</source>
        <translation>%2 可用空间 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free disk %1</source>
        <translation>可用磁盘空间 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n database(s), %1</source>
        <translation>
            <numerusform>%n 个数据库，%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listing running %1 containers …</source>
        <translation>正在列出运行中的 %1 容器 …</translation>
    </message>
</context>
<context>
    <name>pgcrossing::ExecutePage</name>
    <message>
        <location filename="../../ui/ExecutePage.cpp" line="+58"/>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Touches</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a step to show only its lines in the log</source>
        <translation>点击某个步骤，日志中只显示它的行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands and messages</source>
        <translation>命令和消息</translation>
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
        <location line="+4"/>
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy log</source>
        <translation>复制日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the selected lines, or every line shown when none is selected</source>
        <translation>复制选中的行；未选中时复制显示的全部行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a line of the log to read it whole here; it can be selected and copied.</source>
        <translation>选中日志中的一行，即可在此阅读完整内容，并可选中复制。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>继续执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from the first step that did not finish</source>
        <translation>从第一个未完成的步骤继续</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>source</source>
        <translation>源端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target</source>
        <translation>目标端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>… and %n more line(s): Copy log copies them all</source>
        <translation>
            <numerusform>… 另有 %n 行：点击“复制日志”可全部复制</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel the run?</source>
        <translation>取消运行？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command in flight is stopped on its host. What was done stays in the record; an incomplete target database is marked so and can be resumed; a write hold on the source is released.</source>
        <translation>正在执行的命令将在其主机上被停止。已完成的操作保留在记录中；未完成的目标数据库会被标记，之后可以继续执行；源端的停写状态会被解除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling …</source>
        <translation>正在取消 …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>▶ Resuming from the first unfinished step</source>
        <translation>▶ 从第一个未完成的步骤继续执行</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Finished: %1</source>
        <translation>已结束：%1</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Every command that runs on either host is shown below, with passwords masked. Click a step to see its lines only.</source>
        <translation>在两端主机上执行的每条命令都显示在下方，密码已隐去。点击某个步骤可只看它的行。</translation>
    </message>
    <message>
        <location line="+313"/>
        <source>Stopped (%1).</source>
        <translation>已停止（%1）。</translation>
    </message>
</context>
<context>
    <name>pgcrossing::HostsPage</name>
    <message>
        <location filename="../../ui/HostsPage.cpp" line="+25"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the databases are now (source) and where they go (target). Test both connections to go on.</source>
        <translation>数据库当前所在位置（源端）和要迁往的位置（目标端）。两端连接均测试通过后才能继续。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source (read from)</source>
        <translation>源端（只读取）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (written to)</source>
        <translation>目标端（写入）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ticked: passwords are kept in the system keychain, never in files or settings.</source>
        <translation>已勾选：密码保存在系统密钥环中，绝不写入文件或设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain here: passwords are kept in memory only, until the wizard closes.</source>
        <translation>此处没有系统密钥环：密码只保存在内存中，向导关闭即清除。</translation>
    </message>
</context>
<context>
    <name>pgcrossing::LogFilter</name>
    <message>
        <location filename="../../ui/LogFilter.cpp" line="+34"/>
        <source>No errors</source>
        <translation>没有错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings or errors</source>
        <translation>没有警告或错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step has written nothing to the log</source>
        <translation>此步骤尚未向日志写入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lines match this filter</source>
        <translation>没有符合此筛选条件的行</translation>
    </message>
</context>
<context>
    <name>pgcrossing::MigrationWizard</name>
    <message>
        <location filename="../../ui/MigrationWizard.cpp" line="+26"/>
        <source>pgcrossing — PostgreSQL migration</source>
        <translation>pgcrossing — PostgreSQL 迁移</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A session is running</source>
        <translation>会话正在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands are still running on the hosts. Cancel them and close? Everything done so far stays in the session record; the write hold on the source (if any) is released.</source>
        <translation>主机上仍有命令在运行。要取消这些命令并关闭吗？已完成的一切都保留在会话记录中；源端的停写状态（如有）会被解除。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+16"/>
        <source>Close pgcrossing?</source>
        <translation>关闭 pgcrossing？</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The migration is set up but has not run. Keep this setup as a draft? The Start page offers to reopen it next time. Passwords are not kept in the draft: those you asked to remember stay in the keychain, the others are asked again.</source>
        <translation>迁移已设置好，但尚未运行。要将此设置保存为草稿吗？下次“开始”页会提供重新打开它的选项。草稿中不保存密码：您选择记住的密码保留在密钥环中，其余的会再次询问。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep as draft and close</source>
        <translation>保存为草稿并关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard and close</source>
        <translation>放弃并关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay</source>
        <translation>留在此处</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft could not be kept: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
</context>
<context>
    <name>pgcrossing::ModePage</name>
    <message>
        <location filename="../../ui/ModePage.cpp" line="+6"/>
        <location line="+3"/>
        <source>Mode</source>
        <translation>迁移方式</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose how to carry the databases. The checklist on the next page judges these choices.</source>
        <translation>选择迁移数据库的方式。下一页的检查清单会针对这些选择进行检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backup only</source>
        <translation>仅备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop-write migration</source>
        <translation>停写迁移(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Streamed through this machine (no dump files)</source>
        <translation>经本机流式传输（不生成转储文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via dump files on both hosts (kept as rollback artifacts)</source>
        <translation>经两端主机上的转储文件（保留用于回滚）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold writes on the source: make it read-only and end other sessions (undone on failure and from the report)</source>
        <translation>在源端停写：设为只读并终止其他会话（失败时自动撤销，也可从报告中撤销）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace existing target databases (the old one is renamed aside, never dropped)</source>
        <translation>替换目标端已有的数据库（旧库改名保留，绝不删除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the indexes after the restore (REINDEX; ANALYZE always runs)</source>
        <translation>恢复后重建索引（REINDEX；ANALYZE 总会执行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: the session folder</source>
        <translation>默认：会话文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer:</source>
        <translation>传输方式：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own checks, one per line, run read-only on both sides after the copy and compared: active users = SELECT count(*) FROM users WHERE active (or account:active users = … for one database)</source>
        <translation>自定义检查，每行一项，复制后在两端以只读方式执行并比对结果：active users = SELECT count(*) FROM users WHERE active（只针对某个数据库时写作 account:active users = …）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your checks:</source>
        <translation>自定义检查：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dump the databases (pg_dump -Fc) and their roles to files. Nothing is written anywhere else; the source stays online. %1 to read, %2.</source>
        <translation>将数据库（pg_dump -Fc）及其角色转储到文件。不会写入其他任何地方；源端保持在线。需读取 %1，%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the databases to the target while the source stays online. Downtime: none — but writes made on the source after the copy starts are not carried. %1, %2.</source>
        <translation>在源端保持在线的同时，将数据库复制到目标端。停机时间：无 — 但复制开始后写入源端的数据不会被带过去。%1，%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes to the source stop for the whole run: you stop the applications yourself, or tick Hold writes below and pgcrossing makes the source read-only. pgcrossing checks that nothing writes, copies, verifies; then you point the applications at the target. Downtime: %1 for %2.</source>
        <translation>整个运行期间源端停止写入：由您自行停止应用，或勾选下方的“在源端停写”，由 pgcrossing 将源端设为只读。pgcrossing 会确认没有写入，然后复制、校验；之后由您把应用切换到目标端。停机时间：%1（数据量 %2）。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>pgcrossing::PreflightPage</name>
    <message>
        <location filename="../../ui/PreflightPage.cpp" line="+28"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only checks on both hosts for the choices you made. Fix every blocker, read every warning, then confirm what will be touched and run.</source>
        <translation>针对您所做的选择，在两台主机上进行只读检查。请修复所有阻断项，阅读所有警告，然后确认将要改动的内容并运行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remedy</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have read the warnings and want to go on</source>
        <translation>我已阅读警告，确认继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy remedy</source>
        <translation>复制处理建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected check&apos;s remedy to the clipboard</source>
        <translation>将所选检查项的处理建议复制到剪贴板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix this</source>
        <translation>修复此项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let pgcrossing apply the fix-up the remedy describes when it runs, then check again</source>
        <translation>让 pgcrossing 在运行时应用处理建议中所述的修正，然后重新检查</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Source — %1</source>
        <translation>源端 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target — %1</source>
        <translation>目标端 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online replication (source and target)</source>
        <translation>在线复制（源端和目标端）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other checks</source>
        <translation>其他检查</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n 项通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 项警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>database %1 on the target</source>
        <translation>目标端的数据库 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database %1 on the source</source>
        <translation>源端的数据库 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found:</source>
        <translation>实际情况：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected:</source>
        <translation>预期：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remedy:</source>
        <translation>处理建议：</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>I have read what will be touched and want to run it</source>
        <translation>我已了解将受影响的内容，确认运行</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Checking both hosts …</source>
        <translation>正在检查两端主机 …</translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>%n blocker(s) must be fixed before anything can run; then click Check again.</source>
        <translation>
            <numerusform>必须先修复 %n 个阻断项才能运行；修复后请点击“重新检查”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 passed, %n warning(s) to read.</source>
        <translation>
            <numerusform>%1 项通过，%n 条警告待阅读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>全部 %n 项检查均已通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgcrossing::ReportPage</name>
    <message>
        <location filename="../../ui/ReportPage.cpp" line="+40"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what changed where, and how to roll back. Save it with the session.</source>
        <translation>发生了什么、在哪里改了什么，以及如何回滚。请将报告与会话一同保存。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export plan…</source>
        <translation>导出计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan file for pgcrossing-cli --plan (no passwords in it)</source>
        <translation>供 pgcrossing-cli --plan 使用的计划文件（不含密码）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save reports</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Export plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Plans (*.json)</source>
        <translation>计划文件 (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan exported: %1 — run it with pgcrossing-cli migrate --plan %1</source>
        <translation>计划已导出：%1 — 可用 pgcrossing-cli migrate --plan %1 运行</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Still in place on the source: %n change(s), named above. Revert now undoes them.</source>
        <translation>
            <numerusform>源端仍有 %n 项更改生效（见上文）。点击“立即撤销”即可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Session folder: %1</source>
        <translation>会话文件夹：%1</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+127"/>
        <location line="+7"/>
        <source>Revert now</source>
        <translation>立即撤销</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Undo on the source the changes this session made there (the write hold), so that it accepts writes again</source>
        <translation>撤销本次会话在源端所做的更改（停写），使源端重新接受写入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save reports…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML, Markdown, PDF and the session record (JSON), into a folder you choose</source>
        <translation>将 HTML、Markdown、PDF 报告和会话记录（JSON）保存到您选择的文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open session folder</source>
        <translation>打开会话文件夹</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save reports into</source>
        <translation>将报告保存到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved in %1: %2</source>
        <translation>已保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Undo these changes on the source?</source>
        <translation>要撤销源端的这些更改吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

The source then accepts writes again: if the applications already write to the target, writes to the source are no longer held back.</source>
        <translation>%1

之后源端将重新接受写入：如果应用已改为写入目标端，对源端的写入将不再被阻止。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reverting the changes on the source…</source>
        <translation>正在撤销源端的更改…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reverted: the source accepts writes again.</source>
        <translation>已撤销：源端重新接受写入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not revert: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>No session to report on.</source>
        <translation>没有可生成报告的会话。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>pgcrossing::Runner</name>
    <message>
        <location filename="../../core/migration/Runner.cpp" line="+149"/>
        <source>cancelled during &quot;%1&quot;</source>
        <translation>在“%1”期间被取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>“%1”失败：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>pgcrossing::StartPage</name>
    <message>
        <location filename="../../ui/StartPage.cpp" line="+32"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry PostgreSQL databases from one host to another, and prove that nothing was lost.</source>
        <translation>将 PostgreSQL 数据库从一台主机迁移到另一台，并证明没有任何数据丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New migration — describe the source and the target</source>
        <translation>新建迁移(&amp;N) — 填写源端和目标端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo — two local PostgreSQL servers with sample data, no SSH needed</source>
        <translation>试用演示(&amp;D) — 两个带示例数据的本地 PostgreSQL 服务器，无需 SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load a plan… — a plan exported earlier or written for pgcrossing-cli</source>
        <translation>加载计划(&amp;L)… — 之前导出的计划，或为 pgcrossing-cli 编写的计划</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset the demo…</source>
        <translation>重置演示…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empties the demo&apos;s target and makes the demo&apos;s source databases again from the sample data: use it after a stop-write run left the source read-only or the target full.</source>
        <translation>清空演示的目标端，并用示例数据重新创建演示的源端数据库：在停写迁移后源端仍为只读、或目标端已有数据时使用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reopen a past session — its diff (verify again) and its report</source>
        <translation>重新打开历史会话(&amp;R) — 查看其校验差异（可重新校验）和报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source → target</source>
        <translation>源端 → 目标端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>迁移方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo is as new: its target is empty and its source holds the sample data again.</source>
        <translation>演示已恢复如新：目标端已清空，源端重新装入了示例数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything this wizard does, &lt;tt&gt;pgcrossing-cli&lt;/tt&gt; does headlessly from a plan file: run &lt;tt&gt;pgcrossing-cli --help&lt;/tt&gt;.</source>
        <translation>本向导能做的一切，&lt;tt&gt;pgcrossing-cli&lt;/tt&gt; 都可以根据计划文件在无界面环境下完成：请运行 &lt;tt&gt;pgcrossing-cli --help&lt;/tt&gt;。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applies the next time pgcrossing starts.</source>
        <translation>下次启动 pgcrossing 时生效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source and target run on this machine (described by %1).</source>
        <translation>源端和目标端都运行在本机上（由 %1 描述）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts two PostgreSQL servers on this machine with sample data (a few seconds; needs root); they stop when the wizard closes.</source>
        <translation>在本机启动两个带示例数据的 PostgreSQL 服务器（需要几秒钟；需要 root 权限）；向导关闭时它们随之停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo is not installed with this program: run &lt;tt&gt;bash scripts/demo.sh&lt;/tt&gt; from the source tree.</source>
        <translation>本程序未附带安装演示环境：请在源码目录中运行 &lt;tt&gt;bash scripts/demo.sh&lt;/tt&gt;。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Continue the unfinished setup of %1 — %2 → %3 (%4)</source>
        <translation>继续 %1 未完成的设置 — %2 → %3（%4）(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demo&apos;s source</source>
        <translation>演示的源端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo&apos;s target</source>
        <translation>演示的目标端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>all databases</source>
        <translation>全部数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The session history cannot be read: %1</source>
        <translation>无法读取会话历史：%1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Starting the demo servers …</source>
        <translation>正在启动演示服务器 …</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>Reset the demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Empty the demo&apos;s target and make the demo&apos;s source databases again from the sample data? Everything done on the demo servers is lost (a write hold left on the source goes with it). Nothing else is touched.</source>
        <translation>要清空演示的目标端，并用示例数据重新创建演示的源端数据库吗？在演示服务器上做过的一切都会丢失（源端残留的停写也会一并清除）。其他任何内容都不受影响。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resetting the demo servers …</source>
        <translation>正在重置演示服务器 …</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot read the demo description %1: %2</source>
        <translation>无法读取演示描述文件 %1：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The demo description %1 names no ports: restart the demo.</source>
        <translation>演示描述文件 %1 中没有端口：请重新启动演示。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Continue the unfinished setup</source>
        <translation>继续未完成的设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen a session</source>
        <translation>重新打开会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a session in the list.</source>
        <translation>请在列表中选择一个会话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Load a plan</source>
        <translation>加载计划</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Plans (*.json)</source>
        <translation>计划文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>pgcrossing::ThroughputChart</name>
    <message>
        <location filename="../../ui/ThroughputChart.cpp" line="+37"/>
        <source>Elapsed seconds</source>
        <translation>已用时间（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Throughput: nothing moved yet</source>
        <translation>吞吐量：尚未传输任何数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput: peak %1/s</source>
        <translation>吞吐量：峰值 %1/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 moved so far</source>
        <translation>已传输 %1</translation>
    </message>
</context>
<context>
    <name>pgcrossing::VerifyPage</name>
    <message>
        <location filename="../../ui/VerifyPage.cpp" line="+96"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table compared on both servers: row counts and content fingerprints.</source>
        <translation>在两端服务器上逐表比对：行数和内容指纹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verify again</source>
        <translation>重新校验</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source rows</source>
        <translation>源端行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target rows</source>
        <translation>目标端行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source fingerprint</source>
        <translation>源端指纹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target fingerprint</source>
        <translation>目标端指纹</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Select a table to see what differs and its differing keys.</source>
        <translation>选择一张表，查看其差异及不一致的键。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+246"/>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+246"/>
        <source>Target</source>
        <translation>目标端</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Select an item to see both sides in full, side by side.</source>
        <translation>选择一项，即可左右并排查看两端的完整内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory</source>
        <translation>对象清单</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Comparing both sides …</source>
        <translation>正在比对两端 …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not fingerprinted</source>
        <translation>未计算指纹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint %1 (shown: its last 12 hex digits)</source>
        <translation>指纹 %1（显示的是其最后 12 位十六进制数字）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row counts differ: %1 on the source, %2 on the target</source>
        <translation>行数不同：源端 %1 行，目标端 %2 行</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not verified yet: click Verify again.</source>
        <translation>尚未校验：请点击“重新校验”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 identical, %2 different, %3 only on the source, %4 only on the target, %5 could not be compared; %6 inventory difference(s).</source>
        <translation>%1 个一致，%2 个不一致，%3 个仅源端有，%4 个仅目标端有，%5 个无法比对；%6 处对象清单差异。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source PostgreSQL %1 · target PostgreSQL %2</source>
        <translation>源端 PostgreSQL %1 · 目标端 PostgreSQL %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Identical (%1)</source>
        <translation>一致（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Different (%1)</source>
        <translation>不一致（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source only (%1)</source>
        <translation>仅源端有（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target only (%1)</source>
        <translation>仅目标端有（%1）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Differing keys (%1):</source>
        <translation>不一致的键（%1）：</translation>
    </message>
</context>
</TS>
