<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot reach its Docker engine right now. Please try again later.</source>
        <translation>Der Server erreicht seine Docker-Engine gerade nicht. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server hit an internal error; its log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand the request (HTTP %1). The client and server versions may not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent a reply this client does not understand (HTTP %2). Is it a ButtCloud server?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiJob</name>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Pub anlegen</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; up to %1 characters. The name is part of the pub&apos;s address and cannot be changed later.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>buttcloud::PubName</name>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>buttcloud::Session</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>No keychain is available, so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1), so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation type="unfinished"></translation>
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
