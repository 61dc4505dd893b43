<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>buttcloud</name>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1: must be from %2 to %3</source>
        <translation>%1: muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1: muss Text sein</translation>
    </message>
    <message>
        <source>%1: must be at most %2 characters</source>
        <translation>%1: darf höchstens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1: must not contain control characters</source>
        <translation>%1: darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>%1: has the wrong form</source>
        <translation>%1: hat die falsche Form</translation>
    </message>
    <message>
        <source>%1: %2 takes no such argument</source>
        <translation>%1: %2 kennt dieses Argument nicht</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: ist erforderlich</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiError</name>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Ihr Konto darf das nicht.</translation>
    </message>
    <message>
        <source>That item does not exist (any more).</source>
        <translation>Das gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>That conflicts with what is already on the server.</source>
        <translation>Das widerspricht dem, was schon auf dem Server ist.</translation>
    </message>
    <message>
        <source>The server refused the input: %1</source>
        <translation>Der Server hat die Eingabe abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war zu groß für den Server.</translation>
    </message>
    <message>
        <source>The server cannot reach its Docker engine right now. Please try again later.</source>
        <translation>Der Server erreicht seine Docker-Engine gerade nicht. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server hit an internal error; its log has the details.</source>
        <translation>Der Server hatte einen internen Fehler; sein Protokoll enthält die Details.</translation>
    </message>
    <message>
        <source>The server did not understand the request (HTTP %1). The client and server versions may not match.</source>
        <translation>Der Server hat die Anfrage nicht verstanden (HTTP %1). Client- und Serverversion passen womöglich nicht zusammen.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation>Der Server antwortete mit einem unerwarteten Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply this client does not understand (HTTP %2). Is it a ButtCloud server?</source>
        <translation>Der Server unter %1 hat eine Antwort geschickt, die dieser Client nicht versteht (HTTP %2). Ist es ein ButtCloud-Server?</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiJob</name>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server unter %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server unter %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Rechner nicht gefunden</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server could not be reached at %1: %2.</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2.</translation>
    </message>
</context>
<context>
    <name>buttcloud::ClientApp</name>
    <message>
        <source>Cannot Remember You</source>
        <translation>Anmeldung kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandConsole</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Copy Output</source>
        <translation>Ausgabe kopieren</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Copy Invite</source>
        <translation>Einladung kopieren</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>What the command does</source>
        <translation>Was der Befehl tut</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Problem with the arguments</source>
        <translation>Problem mit den Argumenten</translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Ausgabe des Befehls</translation>
    </message>
    <message>
        <source>Copy the output</source>
        <translation>Ausgabe kopieren</translation>
    </message>
    <message>
        <source>Commands run</source>
        <translation>Ausgeführte Befehle</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>Copy the invite</source>
        <translation>Einladung kopieren</translation>
    </message>
    <message>
        <source>Invite as a QR code</source>
        <translation>Einladung als QR-Code</translation>
    </message>
    <message>
        <source>The output of a command appears here.</source>
        <translation>Hier erscheint die Ausgabe eines Befehls.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Could not load the commands: %1</source>
        <translation>Die Befehle konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>The command was not run: %1</source>
        <translation>Der Befehl wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>
[timed out]</source>
        <translation>
[Zeitüberschreitung]</translation>
    </message>
    <message>
        <source>
[exit code %1]</source>
        <translation>
[Exit-Code %1]</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandHistoryModel</name>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>no exit code</source>
        <translation>kein Exit-Code</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
</context>
<context>
    <name>buttcloud::CreatePubDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>New Pub</source>
        <translation>Neuer Pub</translation>
    </message>
    <message>
        <source>Pub name</source>
        <translation>Pub-Name</translation>
    </message>
    <message>
        <source>e.g. my-pub</source>
        <translation>z. B. mein-pub</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Pub anlegen</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; up to %1 characters. The name is part of the pub&apos;s address and cannot be changed later.</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; bis zu %1 Zeichen. Der Name ist Teil der Adresse des Pubs und kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>buttcloud::EventStream</name>
    <message>
        <source>Live updates are off.</source>
        <translation>Live-Aktualisierungen sind aus.</translation>
    </message>
    <message>
        <source>Connecting to live updates…</source>
        <translation>Verbinde mit Live-Aktualisierungen…</translation>
    </message>
    <message>
        <source>Renewing the sign-in for live updates…</source>
        <translation>Erneuere die Anmeldung für Live-Aktualisierungen…</translation>
    </message>
    <message>
        <source>Live updates are offline.</source>
        <translation>Live-Aktualisierungen sind offline.</translation>
    </message>
    <message>
        <source>Live updates are offline: %1</source>
        <translation>Live-Aktualisierungen sind offline: %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::MainWindow</name>
    <message>
        <source>ButtCloud</source>
        <translation>ButtCloud</translation>
    </message>
    <message>
        <source>&amp;New Pub…</source>
        <translation>&amp;Neuer Pub…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Pub</source>
        <translation>&amp;Pub</translation>
    </message>
    <message>
        <source>Pubs</source>
        <translation>Pubs</translation>
    </message>
    <message>
        <source>Filter pubs</source>
        <translation>Pubs filtern</translation>
    </message>
    <message>
        <source>Filter by name, address or status</source>
        <translation>Nach Name, Adresse oder Status filtern</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) to %3</source>
        <translation>Angemeldet als %1 (%2) bei %3</translation>
    </message>
    <message>
        <source>Pub %1 is being created.</source>
        <translation>Pub %1 wird angelegt.</translation>
    </message>
    <message>
        <source>Could not start the pub</source>
        <translation>Pub konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not stop the pub</source>
        <translation>Pub konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <source>Delete Pub</source>
        <translation>Pub löschen</translation>
    </message>
    <message>
        <source>Delete the pub “%1”? Its peers will no longer reach it at %2.</source>
        <translation>Den Pub „%1“ löschen? Seine Peers erreichen ihn dann nicht mehr unter %2.</translation>
    </message>
    <message>
        <source>Also delete its data (identity, messages and invites): this cannot be undone</source>
        <translation>Auch seine Daten löschen (Identität, Nachrichten und Einladungen): das kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Could not delete the pub</source>
        <translation>Pub konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>buttcloud::OfflineBanner</name>
    <message>
        <source>Live updates status</source>
        <translation>Status der Live-Aktualisierungen</translation>
    </message>
    <message>
        <source>%1 Figures and statuses may be out of date; reconnecting…</source>
        <translation>%1 Werte und Status können veraltet sein; verbinde neu…</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubName</name>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>Ein Name hat höchstens %n Zeichen.</numerusform>
            <numerusform>Ein Name hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits and hyphens.</source>
        <translation>Nur Kleinbuchstaben a-z, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a hyphen.</source>
        <translation>Ein Name darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubPage</name>
    <message>
        <source>%1 — ButtCloud</source>
        <translation>%1 — ButtCloud</translation>
    </message>
    <message>
        <source>Pub sections</source>
        <translation>Pub-Bereiche</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Co&amp;mmands</source>
        <translation>Be&amp;fehle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 % of one core</source>
        <translation>%1 % eines Kerns</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubService</name>
    <message>
        <source>That pub name is taken.</source>
        <translation>Dieser Pub-Name ist vergeben.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubsModel</name>
    <message>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stoppt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>buttcloud::Session</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>No keychain is available, so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation>Kein Schlüsselbund verfügbar, daher kann ButtCloud Sie nicht angemeldet halten. Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1), daher kann ButtCloud Sie nicht angemeldet halten. Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>buttcloud::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in to ButtCloud</source>
        <translation>Bei ButtCloud anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain, never the password.</source>
        <translation>Speichert ein Anmelde-Token im Schlüsselbund des Systems, nie das Passwort.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>buttcloud::StatsChartsView</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Pause live charts</source>
        <translation>Live-Diagramme anhalten</translation>
    </message>
    <message>
        <source>Export the shown samples as CSV</source>
        <translation>Angezeigte Messwerte als CSV exportieren</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>Werte unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>% of one core</source>
        <translation>% eines Kerns</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>Block-E/A</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume live charts</source>
        <translation>Live-Diagramme fortsetzen</translation>
    </message>
    <message>
        <source>Export Samples</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>pub-stats.csv</source>
        <translation>pub-statistik.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the samples</source>
        <translation>Die Messwerte konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 · CPU %2 % · Memory %3 of %4 · Network ↓ %5/s ↑ %6/s · Disk read %7/s, write %8/s</source>
        <translation>%1 · CPU %2 % · Speicher %3 von %4 · Netzwerk ↓ %5/s ↑ %6/s · Platte gelesen %7/s, geschrieben %8/s</translation>
    </message>
</context>
<context>
    <name>buttcloud::StatsCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run Scuttlebutt pubs on ButtCloud.</source>
        <translation>Scuttlebutt-Pubs auf ButtCloud betreiben.</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;url&gt;.</source>
        <translation>Beim Server unter &lt;url&gt; anmelden.</translation>
    </message>
</context>
</TS>
