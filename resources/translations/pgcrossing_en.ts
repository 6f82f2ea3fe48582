<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityCheck</name>
    <message numerus="yes">
        <location filename="../../core/preflight/ActivityCheck.cpp" line="+64"/>
        <source>in a transaction open for %n minute(s) since %1</source>
        <translation>
            <numerusform>in a transaction open for %n minute since %1</numerusform>
            <numerusform>in a transaction open for %n minutes since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n idle session(s)</source>
        <translation>
            <numerusform>%n idle session</numerusform>
            <numerusform>%n idle sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckNoWritersStep</name>
    <message numerus="yes">
        <location filename="../../core/migration/steps/CheckNoWritersStep.cpp" line="+30"/>
        <source>%n session(s) are working on the source databases; stop the applications or choose &quot;hold writes&quot;</source>
        <translation>
            <numerusform>%n session is working on the source databases; stop the applications or choose &quot;hold writes&quot;</numerusform>
            <numerusform>%n sessions are working on the source databases; stop the applications or choose &quot;hold writes&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n idle session(s) are connected to the source databases</source>
        <translation>
            <numerusform>%n idle session is connected to the source databases</numerusform>
            <numerusform>%n idle sessions are connected to the source databases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyDatabaseStep</name>
    <message numerus="yes">
        <location filename="../../core/migration/steps/CopyDatabaseStep.cpp" line="+304"/>
        <source>%1; pg_restore ignored %n error(s)</source>
        <translation>
            <numerusform>%1; pg_restore ignored %n error</numerusform>
            <numerusform>%1; pg_restore ignored %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtensionsCheck</name>
    <message numerus="yes">
        <location filename="../../core/preflight/ExtensionsCheck.cpp" line="+97"/>
        <source>all %n available</source>
        <translation>
            <numerusform>%n available</numerusform>
            <numerusform>all %n available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogicalReplicationCheck</name>
    <message numerus="yes">
        <location filename="../../core/preflight/LogicalReplicationCheck.cpp" line="+23"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message numerus="yes">
        <location filename="../../ui/PlanSummary.cpp" line="+86"/>
        <source>&lt;b&gt;%n step(s)&lt;/b&gt; for %1:</source>
        <translation>
            <numerusform>&lt;b&gt;%n step&lt;/b&gt; for %1:</numerusform>
            <numerusform>&lt;b&gt;%n steps&lt;/b&gt; for %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivilegesCheck</name>
    <message numerus="yes">
        <location filename="../../core/preflight/PrivilegesCheck.cpp" line="+100"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>SELECT on %n large object(s) in %1</source>
        <translation>
            <numerusform>SELECT on %n large object in %1</numerusform>
            <numerusform>SELECT on %n large objects in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../ui/ModePage.cpp" line="+29"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseHoldsStep</name>
    <message numerus="yes">
        <location filename="../../core/migration/steps/ReleaseHoldsStep.cpp" line="+28"/>
        <source>%n change(s) on the source could not be undone; run the revert SQL by hand</source>
        <translation>
            <numerusform>%n change on the source could not be undone; run the revert SQL by hand</numerusform>
            <numerusform>%n changes on the source could not be undone; run the revert SQL by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) undone</source>
        <translation>
            <numerusform>%n change undone</numerusform>
            <numerusform>%n changes undone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSequencesStep</name>
    <message numerus="yes">
        <location filename="../../core/migration/steps/SyncSequencesStep.cpp" line="+57"/>
        <source>%n sequence(s) were behind their column and now continue after its largest value</source>
        <translation>
            <numerusform>%n sequence was behind its column and now continues after its largest value</numerusform>
            <numerusform>%n sequences were behind their column and now continue after its largest value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sequence(s) missing on the target</source>
        <translation>
            <numerusform>%n sequence missing on the target</numerusform>
            <numerusform>%n sequences missing on the target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message numerus="yes">
        <location filename="../../core/verify/DatabaseVerifier.cpp" line="+176"/>
        <source>%1: %n check(s) of your own on both sides</source>
        <translation>
            <numerusform>%1: %n check of your own on both sides</numerusform>
            <numerusform>%1: %n checks of your own on both sides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/verify/OwnQueries.cpp" line="+37"/>
        <source>… %n more row(s)</source>
        <translation>
            <numerusform>… %n more row</numerusform>
            <numerusform>… %n more rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgcrossing::DatabasesPage</name>
    <message numerus="yes">
        <location filename="../../ui/DatabasesPage.cpp" line="+152"/>
        <source>%n database(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>%n database chosen, %1 in all.</numerusform>
            <numerusform>%n databases chosen, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already exist(s) on the target: choose replace on the Mode page, or rename.</source>
        <translation>
            <numerusform>%n already exists on the target: choose replace on the Mode page, or rename.</numerusform>
            <numerusform>%n already exist on the target: choose replace on the Mode page, or rename.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Tables of %1 by size (%n table(s), %2):</source>
        <translation>
            <numerusform>Tables of %1 by size (%n table, %2):</numerusform>
            <numerusform>Tables of %1 by size (%n tables, %2):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgcrossing::EndpointForm</name>
    <message numerus="yes">
        <location filename="../../ui/EndpointForm.cpp" line="+363"/>
        <source>%n database(s), %1</source>
        <translation>
            <numerusform>%n database, %1</numerusform>
            <numerusform>%n databases, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgcrossing::ExecutePage</name>
    <message numerus="yes">
        <location filename="../../ui/ExecutePage.cpp" line="+386"/>
        <source>… and %n more line(s): Copy log copies them all</source>
        <translation>
            <numerusform>… and %n more line: Copy log copies them all</numerusform>
            <numerusform>… and %n more lines: Copy log copies them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgcrossing::PreflightPage</name>
    <message numerus="yes">
        <location filename="../../ui/PreflightPage.cpp" line="+312"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n blocker(s) must be fixed before anything can run; then click Check again.</source>
        <translation>
            <numerusform>%n blocker must be fixed before anything can run; then click Check again.</numerusform>
            <numerusform>%n blockers must be fixed before anything can run; then click Check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 passed, %n warning(s) to read.</source>
        <translation>
            <numerusform>%1 passed, %n warning to read.</numerusform>
            <numerusform>%1 passed, %n warnings to read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>%n check passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgcrossing::ReportPage</name>
    <message numerus="yes">
        <location filename="../../ui/ReportPage.cpp" line="+162"/>
        <source>Still in place on the source: %n change(s), named above. Revert now undoes them.</source>
        <translation>
            <numerusform>Still in place on the source: %n change, named above. Revert now undoes it.</numerusform>
            <numerusform>Still in place on the source: %n changes, named above. Revert now undoes them.</numerusform>
        </translation>
    </message>
</context>
</TS>
