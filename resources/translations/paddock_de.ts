<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../desktop/ui/chat/attachments.py" line="+50"/>
        <location line="+17"/>
        <source>This image is larger than 25 MB. Use a smaller one.</source>
        <translation>Dieses Bild ist größer als 25 MB. Verwenden Sie ein kleineres.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This file isn&apos;t an image Paddock can read.</source>
        <translation>Diese Datei ist kein Bild, das Paddock lesen kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That isn&apos;t a file Paddock can attach.</source>
        <translation>Das ist keine Datei, die Paddock anhängen kann.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only images from this computer can be attached.</source>
        <translation>Nur Bilder von diesem Computer können angehängt werden.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/catalog_view.py" line="+77"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits this computer?</source>
        <translation>Passt es auf diesen Computer?</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>  ✓ installed</source>
        <translation>  ✓ installiert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{params} parameters, memory up to {context}</source>
        <translation>{params} Parameter, Gedächtnis bis {context}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested by your Ollama server. {facts}</source>
        <translation>Von Ihrem Ollama-Server empfohlen. {facts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing big is downloaded: the model runs on Ollama&apos;s computers.</source>
        <translation>Es wird nichts Großes heruntergeladen: Das Modell läuft auf den Computern von Ollama.</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location line="+51"/>
        <source>Model catalogue</source>
        <translation>Modellkatalog</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Popular models from the Ollama library. Pick one and press Download. Smaller models are faster; bigger ones are smarter but need more memory.</source>
        <translation>Beliebte Modelle aus der Ollama-Bibliothek. Wählen Sie eines aus und klicken Sie auf „Herunterladen“. Kleinere Modelle sind schneller, größere sind klüger, brauchen aber mehr Speicher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the models run</source>
        <translation>Wo die Modelle laufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs on this computer</source>
        <translation>Läuft auf diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded once, then they work without internet</source>
        <translation>Einmal heruntergeladen, dann funktionieren sie ohne Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs in Ollama&apos;s cloud (needs an ollama.com account)</source>
        <translation>Läuft in Ollamas Cloud (braucht ein ollama.com-Konto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very large models that run on Ollama&apos;s computers: your messages go to ollama.com, and your Ollama server must be signed in there</source>
        <translation>Sehr große Modelle, die auf den Computern von Ollama laufen: Ihre Nachrichten gehen an ollama.com, und Ihr Ollama-Server muss dort angemeldet sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested by your Ollama server</source>
        <translation>Von Ihrem Ollama-Server empfohlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested models</source>
        <translation>Empfohlene Modelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the catalogue</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search, e.g. “code”, “small”, “llama”…</source>
        <translation>Suchen, z. B. „code“, „small“, „llama“…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by ability</source>
        <translation>Nach Fähigkeit filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any ability</source>
        <translation>Alle Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sees images (vision)</source>
        <translation>Sieht Bilder (Vision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses tools</source>
        <translation>Nutzt Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinks step by step</source>
        <translation>Denkt Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embeddings for search</source>
        <translation>Embeddings für die Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes code</source>
        <translation>Schreibt Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only models that can do this</source>
        <translation>Nur Modelle zeigen, die das können</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalogue models</source>
        <translation>Modelle im Katalog</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+136"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Download the selected model (Enter)</source>
        <translation>Ausgewähltes Modell herunterladen (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sizes are approximate. {problem}</source>
        <translation>Größen sind ungefähr. {problem}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ollama can&apos;t be reached, so nothing can be downloaded now. Start Ollama, or choose another server at the bottom of the window.</source>
        <translation>Ollama ist nicht erreichbar, daher kann gerade nichts heruntergeladen werden. Starten Sie Ollama oder wählen Sie unten im Fenster einen anderen Server.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} — {description} ({fit})</source>
        <translation>{name} — {description} ({fit})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{why} Double-click to download.</source>
        <translation>{why} Zum Herunterladen doppelklicken.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select a model to see whether it fits.</source>
        <translation>Wählen Sie ein Modell, um zu sehen, ob es passt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} ({params} parameters, {size}): {summary}. {why}</source>
        <translation>{name} ({params} Parameter, {size}): {summary}. {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: {summary}. {why}</source>
        <translation>{name}: {summary}. {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download {name}</source>
        <translation>{name} herunterladen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Download {name} again</source>
        <translation>{name} erneut herunterladen</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../../desktop/services/chat/errors.py" line="+18"/>
        <source>Wait for the reply to finish, or stop it, first.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/chat/records.py" line="+40"/>
        <location line="+6"/>
        <source>This chat no longer exists.</source>
        <translation>Diesen Chat gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../../desktop/services/chat/session.py" line="+176"/>
        <source>Write a message first.</source>
        <translation>Schreiben Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+5"/>
        <location line="+57"/>
        <source>There is no message to reply to.</source>
        <translation>Es gibt keine Nachricht, auf die geantwortet werden kann.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Only your own messages can be edited.</source>
        <translation>Nur Ihre eigenen Nachrichten lassen sich bearbeiten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a model for this chat first.</source>
        <translation>Wählen Sie zuerst ein Modell für diesen Chat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That message no longer exists.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/chat/memory/summary.py" line="+64"/>
        <source>A summary of the earlier chat this one continues:</source>
        <translation>Eine Zusammenfassung des früheren Chats, den dieser fortsetzt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>ChatExchange</name>
    <message>
        <location filename="../../desktop/services/chat/exchange.py" line="+94"/>
        <source>{name} isn&apos;t a chat exported by Paddock.</source>
        <translation>{name} ist kein von Paddock exportierter Chat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup couldn&apos;t be written: {reason}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All chats were saved to {path}</source>
        <translation>Alle Chats wurden in {path} gesichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chats restored from {name}</source>
        <translation>Chats aus {name} wiederhergestellt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chats restored from {name}. Restart Paddock to open them.</source>
        <translation>Chats aus {name} wiederhergestellt. Starten Sie Paddock neu, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats restored from {name}. The chat file that couldn&apos;t be opened was kept as {kept}. Restart Paddock to open the restored chats.</source>
        <translation>Chats aus {name} wiederhergestellt. Die Chat-Datei, die sich nicht öffnen ließ, wurde als {kept} aufbewahrt. Starten Sie Paddock neu, um die wiederhergestellten Chats zu öffnen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chat couldn&apos;t be saved to {path}: {reason}</source>
        <translation>Der Chat konnte nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
</context>
<context>
    <name>ChatMemory</name>
    <message>
        <location filename="../../desktop/ui/chat/memory_meter.py" line="+28"/>
        <source>this chat&apos;s settings</source>
        <translation>den Einstellungen dieses Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model as Ollama has loaded it</source>
        <translation>dem Modell, wie Ollama es geladen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s own settings</source>
        <translation>den eigenen Einstellungen des Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ollama&apos;s default for this version</source>
        <translation>dem Standardwert von Ollama für diese Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/memory_control.py" line="+50"/>
        <source>Open the linked chat</source>
        <translation>Den verknüpften Chat öffnen</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>{model} can keep at most {size} in mind, and this chat needs more. Summarize and continue instead.</source>
        <translation>{model} kann höchstens {size} im Gedächtnis behalten, und dieser Chat braucht mehr. Wählen Sie stattdessen „Zusammenfassen und weiter“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remembering {size} needs about {extra} more memory, but this computer has {free} free. Summarize and continue instead, or close other programs.</source>
        <translation>Um {size} im Gedächtnis zu behalten, braucht es etwa {extra} mehr Arbeitsspeicher, aber dieser Computer hat nur {free} frei. Wählen Sie stattdessen „Zusammenfassen und weiter“ oder schließen Sie andere Programme.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It needs about {extra} more memory; this computer has {free} free.</source>
        <translation>Das braucht etwa {extra} mehr Arbeitsspeicher; dieser Computer hat {free} frei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It needs about {extra} more memory on the server.</source>
        <translation>Das braucht etwa {extra} mehr Arbeitsspeicher auf dem Server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is the most this model was trained for.</source>
        <translation>Das ist das Maximum, für das dieses Modell trainiert wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model reloads with your next message.</source>
        <translation>Das Modell wird mit Ihrer nächsten Nachricht neu geladen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remember more: {size} for this chat.</source>
        <translation>Mehr merken: {size} für diesen Chat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember more: {model} keeps twice as much of this chat in mind.</source>
        <translation>Mehr merken: {model} behält doppelt so viel von diesem Chat im Gedächtnis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember more: {model} keeps {factor} times as much of this chat in mind.</source>
        <translation>Mehr merken: {model} behält {factor}-mal so viel von diesem Chat im Gedächtnis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember more: {model} keeps more of this chat in mind.</source>
        <translation>Mehr merken: {model} behält mehr von diesem Chat im Gedächtnis.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{model} now keeps up to {size} of this chat in mind. It reloads with your next message.</source>
        <translation>{model} behält jetzt bis zu {size} dieses Chats im Gedächtnis. Es wird mit Ihrer nächsten Nachricht neu geladen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The summary was cancelled; this chat is unchanged.</source>
        <translation>Die Zusammenfassung wurde abgebrochen; dieser Chat ist unverändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary could not be written: {reason}</source>
        <translation>Die Zusammenfassung konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model wrote no summary. Try again, or continue.</source>
        <translation>Das Modell hat keine Zusammenfassung geschrieben. Versuchen Sie es noch einmal oder machen Sie weiter.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Continued in a new chat →</source>
        <translation>In einem neuen Chat fortgesetzt →</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Continues an earlier chat</source>
        <translation>← Setzt einen früheren Chat fort</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <location filename="../../desktop/ui/chat/options_dialog.py" line="+45"/>
        <source>Creativity (temperature)</source>
        <translation>Kreativität (Temperatur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply length limit (num_predict)</source>
        <translation>Längenbegrenzung der Antwort (num_predict)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed (repeatable answers)</source>
        <translation>Seed (wiederholbare Antworten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creativity</source>
        <translation>Kreativität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply length limit</source>
        <translation>Längenbegrenzung der Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stops a reply once it is this long, counted in word pieces (a word is one to three).</source>
        <translation>Beendet eine Antwort, sobald sie so lang ist, gezählt in Wortteilen (ein Wort besteht aus einem bis drei).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server&apos;s default (5 minutes)</source>
        <translation>Standard des Servers (5 Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until Ollama stops</source>
        <translation>Bis Ollama beendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unload right after each reply</source>
        <translation>Nach jeder Antwort sofort entladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay loaded for 5 minutes</source>
        <translation>5 Minuten geladen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay loaded until Ollama stops</source>
        <translation>Geladen lassen, bis Ollama beendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unload after each reply</source>
        <translation>Nach jeder Antwort entladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s default</source>
        <translation>Standard des Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, brief (low)</source>
        <translation>An, kurz (low)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, medium</source>
        <translation>An, mittel (medium)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, thorough (high)</source>
        <translation>An, gründlich (high)</translation>
    </message>
</context>
<context>
    <name>ChatOptionsDialog</name>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Instructions the model follows for this whole chat, e.g. “Answer briefly, in French.”</source>
        <translation>Anweisungen, die das Modell im ganzen Chat befolgt, z. B. „Antworte kurz und auf Französisch.“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s own: {text}</source>
        <translation>Die des Modells: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instructions: the model behaves as it was made to.</source>
        <translation>Keine Anweisungen: Das Modell verhält sich so, wie es gebaut wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>Keep the model loaded</source>
        <translation>Modell geladen lassen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How long the model stays in memory after a reply. Longer means the next reply starts at once, but the memory stays taken.</source>
        <translation>Wie lange das Modell nach einer Antwort im Speicher bleibt. Länger heißt: Die nächste Antwort beginnt sofort, aber der Speicher bleibt belegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the model loaded for (a value)</source>
        <translation>Modell geladen lassen für (ein Wert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or a value, e.g. 300, 10m, -1</source>
        <translation>oder ein Wert, z. B. 300, 10m, -1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds (300), a duration (10m, 1h), 0 to unload at once or -1 to keep it loaded; when filled in, it wins over the choice beside it.</source>
        <translation>Sekunden (300), eine Dauer (10m, 1h), 0 zum sofortigen Entladen oder -1, um es geladen zu lassen; wenn ausgefüllt, hat der Wert Vorrang vor der Auswahl daneben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Whether the model thinks step by step before answering (slower, often better). The levels work on models that support them.</source>
        <translation>Ob das Modell vor der Antwort Schritt für Schritt nachdenkt (langsamer, oft besser). Die Stufen wirken bei Modellen, die sie unterstützen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reset all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the model&apos;s defaults</source>
        <translation>Zurück zu den Standardwerten des Modells</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changing it reloads the model, which takes a moment.</source>
        <translation>Eine Änderung lädt das Modell neu, das dauert einen Moment.</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <location filename="../../desktop/ui/chat/layout.py" line="+76"/>
        <source>Chat settings…</source>
        <translation>Chat-Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt, creativity, reply length and other settings of this chat</source>
        <translation>Systemanweisung, Kreativität, Antwortlänge und weitere Einstellungen dieses Chats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More for this chat</source>
        <translation>Mehr zu diesem Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename, export, import or delete chats</source>
        <translation>Chats umbenennen, exportieren, importieren oder löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No models are installed yet. Download one to start chatting.</source>
        <translation>Es sind noch keine Modelle installiert. Laden Sie eines herunter, um zu chatten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Models</source>
        <translation>Modelle öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Models tab</source>
        <translation>Den Tab „Modelle“ öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/conversations.py" line="+265"/>
        <source>Delete chat?</source>
        <translation>Chat löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” and all its messages?</source>
        <translation>„{title}“ und alle Nachrichten darin löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/ui/chat/tab.py" line="+461"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can&apos;t be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/ui/chat/message_actions.py" line="+105"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/chat_files.py" line="+44"/>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Paddock chat (*.json)</source>
        <translation>Paddock-Chat (*.json)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Saving the chat to {path}…</source>
        <translation>Der Chat wird in {path} gespeichert …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {name}: {done} of {total} messages…</source>
        <translation>{name} wird importiert: {done} von {total} Nachrichten …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Restoring your chats…</source>
        <translation>Deine Chats werden wiederhergestellt …</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Import a chat</source>
        <translation>Chat importieren</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There are no chats to back up.</source>
        <translation>Es gibt keine Chats zum Sichern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/model_settings.py" line="+158"/>
        <source>Thinking needs Ollama {needed} or newer; this server runs {version}. Update Ollama to use it.</source>
        <translation>Nachdenken braucht Ollama {needed} oder neuer; dieser Server hat {version}. Aktualisieren Sie Ollama, um es zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/tab.py" line="-121"/>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a chat…</source>
        <translation>Einen Chat importieren …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this chat…</source>
        <translation>Diesen Chat löschen …</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a model for this chat first.</source>
        <translation>Wählen Sie zuerst ein Modell für diesen Chat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ollama can&apos;t be reached, so Paddock can&apos;t tell which models are installed. Start Ollama or choose another server; your message is kept.</source>
        <translation>Ollama ist nicht erreichbar, daher weiß Paddock nicht, welche Modelle installiert sind. Starten Sie Ollama oder wählen Sie einen anderen Server; Ihre Nachricht bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paddock is still asking Ollama which models are installed. Try again in a moment; your message is kept.</source>
        <translation>Paddock fragt Ollama noch, welche Modelle installiert sind. Versuchen Sie es gleich noch einmal; Ihre Nachricht bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No models are installed yet. Download one in the Models tab.</source>
        <translation>Es sind noch keine Modelle installiert. Laden Sie eines im Tab „Modelle“ herunter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} Your message is kept; send it once Ollama answers.</source>
        <translation>{problem} Ihre Nachricht bleibt erhalten; senden Sie sie, sobald Ollama antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ollama can&apos;t be reached at {url}.</source>
        <translation>Ollama ist unter {url} nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/message_actions.py" line="-49"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete message?</source>
        <translation>Nachricht löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this message and the {n} after it?</source>
        <translation>Diese Nachricht und die {n} danach löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this message?</source>
        <translation>Diese Nachricht löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/tab.py" line="+92"/>
        <source>Your chats couldn&apos;t be opened: {reason}</source>
        <translation>Ihre Chats ließen sich nicht öffnen: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatWelcome</name>
    <message>
        <location filename="../../desktop/ui/chat/welcome.py" line="+22"/>
        <source>chat</source>
        <translation>Chatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thinking things through</source>
        <translation>gründliches Nachdenken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>using tools</source>
        <translation>Werkzeuge benutzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new chat</source>
        <translation>Ein neuer Chat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a message below, or try one of these:</source>
        <translation>Schreiben Sie unten eine Nachricht oder probieren Sie eine dieser Fragen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Explain how rainbows form, in simple words.</source>
        <translation>Erkläre in einfachen Worten, wie ein Regenbogen entsteht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a short, friendly message to say I&apos;ll be ten minutes late.</source>
        <translation>Schreib eine kurze, freundliche Nachricht, dass ich zehn Minuten später komme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give me three ideas for a quick dinner from what&apos;s usually in the cupboard.</source>
        <translation>Gib mir drei Ideen für ein schnelles Abendessen aus dem, was meist im Vorratsschrank ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask: {question}</source>
        <translation>Fragen: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this question</source>
        <translation>Diese Frage senden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chat with {model}</source>
        <translation>Mit {model} chatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good for: {abilities}</source>
        <translation>Gut für: {abilities}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a model to start chatting</source>
        <translation>Wählen Sie ein Modell, um loszulegen</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../desktop/ui/chat/code_block.py" line="+70"/>
        <source>Code block</source>
        <translation>Codeblock</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Copy this code to the clipboard</source>
        <translation>Diesen Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/ui/generate/compare.py" line="+45"/>
        <source>Compare runs</source>
        <translation>Durchläufe vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing — the same request</source>
        <translation>nichts – dieselbe Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What differs in the request: {fields}</source>
        <translation>Unterschiede in der Anfrage: {fields}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No figures: the run did not finish.</source>
        <translation>Keine Zahlen: Der Durchlauf wurde nicht beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} in total · {tokens} tokens at {rate} tokens/s</source>
        <translation>{total} insgesamt · {tokens} Tokens mit {rate} Tokens/s</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/ui/chat/composer.py" line="+134"/>
        <source>Message composer</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editing your message. Sending keeps the old version too.</source>
        <translation>Sie bearbeiten Ihre Nachricht. Beim Senden bleibt die alte Fassung erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+111"/>
        <source>Attach images or documents</source>
        <translation>Bilder oder Dokumente anhängen</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Attach images or documents (or drop or paste them here)</source>
        <translation>Bilder oder Dokumente anhängen (oder hier ablegen bzw. einfügen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach documents: text, Markdown, code, CSV, PDF, Word or HTML (or drop or paste them here). This model can&apos;t see images.</source>
        <translation>Dokumente anhängen: Text, Markdown, Code, CSV, PDF, Word oder HTML (oder hier ablegen bzw. einfügen). Dieses Modell kann keine Bilder sehen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Documents (*.txt *.md *.markdown *.csv *.pdf *.docx *.html *.htm *.py *.js *.ts *.json *.c *.cpp *.h *.java *.go *.rs *.rb *.sh *.yaml *.yml *.toml *.xml *.sql)</source>
        <translation>Dokumente (*.txt *.md *.markdown *.csv *.pdf *.docx *.html *.htm *.py *.js *.ts *.json *.c *.cpp *.h *.java *.go *.rs *.rb *.sh *.yaml *.yml *.toml *.xml *.sql)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Wait until the document has been read, or cancel it.</source>
        <translation>Warten Sie, bis das Dokument gelesen ist, oder brechen Sie das Lesen ab.</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+2"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply (Esc). What was written is kept.</source>
        <translation>Antwort anhalten (Esc). Bereits Geschriebenes bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ctrl+Enter sends, Enter adds a line</source>
        <translation>Ctrl+Enter sendet, Enter fügt eine Zeile ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter sends, Shift+Enter adds a line</source>
        <translation>Enter sendet, Shift+Enter fügt eine Zeile ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message ({keys})</source>
        <translation>Nachricht senden ({keys})</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+20"/>
        <source>This model can&apos;t see images. Pick a model with the vision badge.</source>
        <translation>Dieses Modell kann keine Bilder sehen. Wählen Sie ein Modell mit dem Abzeichen „Vision“.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>That file couldn&apos;t be read.</source>
        <translation>Diese Datei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../desktop/ui/chat/sidebar.py" line="+144"/>
        <location line="+4"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location line="+153"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Neuen Chat beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a chat</source>
        <translation>Chat importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a chat from a Paddock JSON export</source>
        <translation>Einen Chat aus einem Paddock-JSON-Export hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Alle Chats durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chat contains that.</source>
        <translation>Kein Chat enthält das.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>Copied</name>
    <message>
        <location filename="../../desktop/ui/common/copied.py" line="+18"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>CopyRenameDialog</name>
    <message>
        <location filename="../../desktop/ui/models/copy_dialog.py" line="+27"/>
        <source>Copy or rename a model</source>
        <translation>Modell kopieren oder umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or rename {name}</source>
        <translation>{name} kopieren oder umbenennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example my-assistant or my-assistant:v2</source>
        <translation>Zum Beispiel mein-assistent oder mein-assistent:v2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a copy (keep {name})</source>
        <translation>Kopie anlegen ({name} behalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a copy</source>
        <translation>Kopie anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename (the old name goes away)</source>
        <translation>Umbenennen (der alte Name verschwindet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy takes almost no extra space: it shares the model&apos;s files.</source>
        <translation>Eine Kopie braucht kaum zusätzlichen Platz: Sie nutzt die Dateien des Modells mit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm copy or rename</source>
        <translation>Kopieren oder Umbenennen bestätigen</translation>
    </message>
</context>
<context>
    <name>CreateModelDialog</name>
    <message>
        <location filename="../../desktop/ui/models/create_dialog.py" line="+63"/>
        <location line="+1"/>
        <source>Create a model</source>
        <translation>Modell erstellen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the conversation it can keep in mind, in tokens (more needs more computer memory)</source>
        <translation>Wie viel vom Gespräch es im Gedächtnis behalten kann, in Token (mehr braucht mehr Arbeitsspeicher)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Memory (tokens):</source>
        <translation>Gedächtnis (Token):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Make your own version of an installed model: give it a name, tell it how to behave, and adjust a few settings. It shares the base model&apos;s files.</source>
        <translation>Erstellen Sie Ihre eigene Version eines installierten Modells: Geben Sie ihr einen Namen, beschreiben Sie, wie sie sich verhalten soll, und passen Sie einige Einstellungen an. Sie nutzt die Dateien des Basismodells mit.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Start from</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installed model your new model is based on</source>
        <translation>Das installierte Modell, auf dem Ihr neues Modell beruht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New model name</source>
        <translation>Name des neuen Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. my-assistant</source>
        <translation>z. B. mein-assistent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it should behave</source>
        <translation>Wie es sich verhalten soll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. You are a patient teacher who explains things simply.</source>
        <translation>z. B. Du bist ein geduldiger Lehrer, der Dinge einfach erklärt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Ollama&apos;s default</source>
        <translation>Standard von Ollama</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Creativity</source>
        <translation>Kreativität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low: focused and predictable. High: more varied.</source>
        <translation>Niedrig: fokussiert und vorhersehbar. Hoch: abwechslungsreicher.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest reply</source>
        <translation>Längste Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most tokens one reply may have</source>
        <translation>Die höchste Zahl an Tokens, die eine Antwort haben darf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid repeating</source>
        <translation>Wiederholungen vermeiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above 1 discourages repeating itself</source>
        <translation>Über 1 bremst Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at</source>
        <translation>Anhalten bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words that end a reply, separated by commas</source>
        <translation>Wörter, die eine Antwort beenden, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from:</source>
        <translation>Ausgangsmodell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it should behave:</source>
        <translation>Wie es sich verhalten soll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creativity:</source>
        <translation>Kreativität:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest reply (tokens):</source>
        <translation>Längste Antwort (Tokens):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid repeating:</source>
        <translation>Wiederholungen vermeiden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at:</source>
        <translation>Anhalten bei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced: prompt template</source>
        <translation>Erweitert: Prompt-Vorlage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the base model&apos;s template (recommended)</source>
        <translation>Leer lassen, um die Vorlage des Basismodells zu behalten (empfohlen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“{name}” is ready.</source>
        <translation>„{name}“ ist fertig.</translation>
    </message>
</context>
<context>
    <name>DiskUsage</name>
    <message>
        <location filename="../../desktop/ui/models/disk_usage.py" line="+70"/>
        <source>Disk space used by each model</source>
        <translation>Von jedem Modell belegter Speicherplatz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} models use {size} of disk space</source>
        <translation>{count} Modelle belegen {size} Speicherplatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 model uses {size} of disk space</source>
        <translation>1 Modell belegt {size} Speicherplatz</translation>
    </message>
</context>
<context>
    <name>DisplayLimits</name>
    <message>
        <location filename="../../desktop/ui/common/display_limits.py" line="+92"/>
        <source>… {count} more characters not shown</source>
        <translation>… {count} weitere Zeichen nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>DocumentChips</name>
    <message>
        <location filename="../../desktop/ui/chat/document_chips.py" line="+64"/>
        <source>about {share} % of what the model can keep in mind</source>
        <translation>etwa {share} % dessen, was das Modell im Gedächtnis behalten kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too long to read whole ({share} % of what the model can keep in mind): the parts that answer each question are used</source>
        <translation>zu lang, um es ganz zu lesen ({share} % dessen, was das Modell im Gedächtnis behalten kann): Es werden die Teile verwendet, die die jeweilige Frage beantworten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another part</source>
        <translation>ein anderer Teil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p. {page}</source>
        <translation>S. {page}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Document {name}</source>
        <translation>Dokument {name}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading this document</source>
        <translation>Lesen dieses Dokuments abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Don&apos;t send this document</source>
        <translation>Dieses Dokument nicht senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Documents to send</source>
        <translation>Zu sendende Dokumente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Large documents need a small embedding model to find the parts that answer your question. {model} is {size}.</source>
        <translation>Große Dokumente brauchen ein kleines Einbettungsmodell, um die Teile zu finden, die Ihre Frage beantworten. {model} ist {size} groß.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download {model}</source>
        <translation>{model} herunterladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the embedding model {model} ({size})</source>
        <translation>Das Einbettungsmodell {model} herunterladen ({size})</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Documents can&apos;t be attached here.</source>
        <translation>Hier können keine Dokumente angehängt werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That document couldn&apos;t be read. Nothing else was changed.</source>
        <translation>Dieses Dokument konnte nicht gelesen werden. Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{size} · {memory}</source>
        <translation>{size} · {memory}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Attached documents</source>
        <translation>Angehängte Dokumente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{size} · the parts that answer each question are used</source>
        <translation>{size} · es werden die Teile verwendet, die die jeweilige Frage beantworten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources of this reply</source>
        <translation>Quellen dieser Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used:</source>
        <translation>Verwendet:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show the passage {where}</source>
        <translation>Abschnitt {where} zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the passage exactly as it was sent</source>
        <translation>Den Abschnitt genau so zeigen, wie er gesendet wurde</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This is the passage of {name} exactly as the model was given it.</source>
        <translation>Dies ist der Abschnitt aus {name} genau so, wie das Modell ihn erhalten hat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="+28"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents/errors.py" line="+21"/>
        <source>“{name}” could not be read. Check that the file is still there and that you may open it, then attach it again.</source>
        <translation>„{name}“ konnte nicht gelesen werden. Prüfen Sie, ob die Datei noch vorhanden ist und ob Sie sie öffnen dürfen, und hängen Sie sie dann erneut an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” is too large to read ({size}; the limit is {limit}). Attach a smaller file, or copy the part you need into a new one.</source>
        <translation>„{name}“ ist zu groß zum Lesen ({size}; die Grenze liegt bei {limit}). Hängen Sie eine kleinere Datei an oder kopieren Sie den benötigten Teil in eine neue Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” is protected with a password, so its text cannot be read. Save a copy without the password and attach that instead.</source>
        <translation>„{name}“ ist mit einem Passwort geschützt, daher kann der Text nicht gelesen werden. Speichern Sie eine Kopie ohne Passwort und hängen Sie stattdessen diese an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has no text to read — it is probably a scan. Use a copy with a text layer (run text recognition on it first), or attach the pages as images.</source>
        <translation>„{name}“ enthält keinen lesbaren Text – vermutlich ist es ein Scan. Verwenden Sie eine Kopie mit Textebene (lassen Sie zuerst eine Texterkennung darüber laufen) oder hängen Sie die Seiten als Bilder an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” has no text in it. Check that it is the file you meant to attach.</source>
        <translation>„{name}“ enthält keinen Text. Prüfen Sie, ob es die Datei ist, die Sie anhängen wollten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is not a kind of document Paddock can read. Attach text, Markdown, code, CSV, HTML, PDF or Word (.docx) files.</source>
        <translation>„{name}“ ist keine Art von Dokument, die Paddock lesen kann. Hängen Sie Text-, Markdown-, Code-, CSV-, HTML-, PDF- oder Word-Dateien (.docx) an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is damaged and could not be read. Open it in the program that made it, save it again, and attach the new copy.</source>
        <translation>„{name}“ ist beschädigt und konnte nicht gelesen werden. Öffnen Sie die Datei in dem Programm, mit dem sie erstellt wurde, speichern Sie sie erneut und hängen Sie die neue Kopie an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” was moved or changed while it was being read. Wait until it is saved completely, then attach it again.</source>
        <translation>„{name}“ wurde während des Lesens verschoben oder geändert. Warten Sie, bis die Datei vollständig gespeichert ist, und hängen Sie sie dann erneut an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading “{name}” was stopped.</source>
        <translation>Das Lesen von „{name}“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/embedding.py" line="+57"/>
        <source>To read a large document, Paddock needs a small embedding model, and none is installed. Download {model} ({size}) in the Models tab, then ask again. Your message and the document are kept.</source>
        <translation>Um ein großes Dokument zu lesen, braucht Paddock ein kleines Einbettungsmodell, und es ist keins installiert. Laden Sie {model} ({size}) im Tab „Modelle“ herunter und fragen Sie dann erneut. Ihre Nachricht und das Dokument bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+11"/>
        <source>The embedding model gave an answer Paddock can&apos;t use, so the document could not be read. Try another embedding model.</source>
        <translation>Das Einbettungsmodell hat eine Antwort geliefert, die Paddock nicht verwenden kann, daher konnte das Dokument nicht gelesen werden. Versuchen Sie ein anderes Einbettungsmodell.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/ui/models/downloads_view.py" line="+52"/>
        <source>Download of {name}</source>
        <translation>Download von {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of {name}</source>
        <translation>Fortschritt von {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Chat with it</source>
        <translation>Damit chatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop this download and drop it from the queue</source>
        <translation>Diesen Download anhalten und aus der Warteschlange nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try this download again</source>
        <translation>Diesen Download erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this entry off the list</source>
        <translation>Diesen Eintrag von der Liste nehmen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+69"/>
        <source>{action} ({name})</source>
        <translation>{action} ({name})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue where it stopped</source>
        <translation>Dort weitermachen, wo es aufgehört hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop for now; Resume continues where it stopped</source>
        <translation>Vorerst anhalten; „Fortsetzen“ macht dort weiter, wo es aufgehört hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download again</source>
        <translation>Erneut herunterladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for another download to finish</source>
        <translation>Wartet, bis ein anderer Download fertig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not finished — press Resume to continue</source>
        <translation>Nicht fertig – zum Weitermachen auf „Fortsetzen“ klicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done — ready to use</source>
        <translation>Fertig – bereit zur Nutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No progress for a while — reconnecting (attempt {n} of {max})…</source>
        <translation>Seit einer Weile kein Fortschritt – neue Verbindung wird aufgebaut (Versuch {n} von {max})…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reconnected {n}×</source>
        <translation>{n}× neu verbunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimating time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/services/downloads/errors.py" line="+16"/>
        <source>The download stopped making progress, and reconnecting didn&apos;t help. Check the internet connection of the computer running Ollama, then press Retry.</source>
        <translation>Der Download kam nicht mehr voran, und ein erneutes Verbinden hat nicht geholfen. Prüfen Sie die Internetverbindung des Computers, auf dem Ollama läuft, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to Ollama kept breaking during the download. Check that Ollama is still running, then press Retry.</source>
        <translation>Die Verbindung zu Ollama ist während des Downloads immer wieder abgebrochen. Prüfen Sie, ob Ollama noch läuft, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t reach the model library — check the internet connection of the computer running Ollama.</source>
        <translation>Die Modellbibliothek ist nicht erreichbar – prüfen Sie die Internetverbindung des Computers, auf dem Ollama läuft.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no model called “{name}” in the library. Check the spelling, or pick one from the catalogue.</source>
        <translation>In der Bibliothek gibt es kein Modell namens „{name}“. Prüfen Sie die Schreibweise oder wählen Sie eines aus dem Katalog.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That registry only offers plain (insecure) HTTP. If you trust it, tick “Allow insecure (HTTP) registry” and add the download again.</source>
        <translation>Diese Registry bietet nur einfaches (unsicheres) HTTP an. Wenn Sie ihr vertrauen, setzen Sie das Häkchen bei „Unsichere (HTTP-)Registry erlauben“ und fügen Sie den Download erneut hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The computer running Ollama has run out of disk space. Delete models you no longer use (or free space another way), then press Retry.</source>
        <translation>Auf dem Computer, auf dem Ollama läuft, ist kein Speicherplatz mehr frei. Löschen Sie Modelle, die Sie nicht mehr brauchen (oder schaffen Sie auf andere Weise Platz), und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A downloaded file arrived damaged (its checksum didn&apos;t match). Press Retry to download it again.</source>
        <translation>Eine heruntergeladene Datei kam beschädigt an (ihre Prüfsumme stimmte nicht). Klicken Sie auf „Erneut versuchen“, um sie noch einmal herunterzuladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model needs a newer version of Ollama. Update Ollama, then press Retry.</source>
        <translation>Dieses Modell braucht eine neuere Version von Ollama. Aktualisieren Sie Ollama und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry refused access to “{name}”. It may be private or need you to sign in.</source>
        <translation>Die Registry hat den Zugriff auf „{name}“ verweigert. Es ist vielleicht privat oder erfordert eine Anmeldung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download kept failing and Ollama gave up. Check the internet connection of the computer running Ollama, then press Retry.</source>
        <translation>Der Download ist immer wieder fehlgeschlagen, und Ollama hat aufgegeben. Prüfen Sie die Internetverbindung des Computers, auf dem Ollama läuft, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The download failed. Ollama said: {message}</source>
        <translation>Der Download ist fehlgeschlagen. Ollama meldete: {message}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something unexpected went wrong with this download. The details are in the log file.</source>
        <translation>Bei diesem Download ist etwas Unerwartetes schiefgegangen. Die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/downloads/store.py" line="+98"/>
        <source>The list of unfinished downloads in {path} could not be read, so it starts empty. The file was kept as {kept}; download the models again if you need them.</source>
        <translation>Die Liste der unfertigen Downloads in {path} ließ sich nicht lesen, daher beginnt sie leer. Die Datei wurde als {kept} aufbewahrt; laden Sie die Modelle erneut herunter, wenn Sie sie brauchen.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/ui/models/downloads_view.py" line="+158"/>
        <location line="+6"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show or hide the downloads</source>
        <translation>Downloads ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fold the downloads into one line</source>
        <translation>Downloads auf eine Zeile zusammenklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every download</source>
        <translation>Alle Downloads zeigen</translation>
    </message>
</context>
<context>
    <name>DownloadsSummary</name>
    <message>
        <location filename="../../desktop/services/downloads/summary.py" line="+36"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All downloads finished</source>
        <translation>Alle Downloads abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="+12"/>
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n Download</numerusform>
            <numerusform>%n Downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n download(s) failed</source>
        <translation>
            <numerusform>%n Download fehlgeschlagen</numerusform>
            <numerusform>%n Downloads fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../desktop/ui/models/downloads_view.py" line="-179"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloads at the same time</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most </source>
        <translation>Höchstens </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> at a time</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many downloads run at the same time</source>
        <translation>Wie viele Downloads gleichzeitig laufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Continue unfinished downloads when Paddock starts</source>
        <translation>Unfertige Downloads beim Start von Paddock fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When off, unfinished downloads wait for you to press Resume</source>
        <translation>Wenn aus, warten unfertige Downloads, bis Sie auf „Fortsetzen“ klicken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear finished</source>
        <translation>Fertige entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove finished and cancelled downloads from the list</source>
        <translation>Fertige und abgebrochene Downloads aus der Liste entfernen</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/common/error_dialog.py" line="+55"/>
        <source>Problem details</source>
        <translation>Details zum Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem details — Paddock</source>
        <translation>Details zum Problem – Paddock</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical details (for someone helping you):</source>
        <translation>Technische Details (für jemanden, der Ihnen hilft):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full report is in the log file:
{path}</source>
        <translation>Der vollständige Bericht steht in der Protokolldatei:
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details</source>
        <translation>Die Details kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the details and the log file&apos;s location, to paste them</source>
        <translation>Die Details und den Ort der Protokolldatei zum Einfügen kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder with the log file</source>
        <translation>Den Ordner mit der Protokolldatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the log file in your file manager</source>
        <translation>Die Protokolldatei im Dateimanager zeigen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ollama/errors.py" line="+36"/>
        <source>The model “{model}” isn&apos;t installed on this Ollama server. You can download it from the Models tab.</source>
        <translation>Das Modell „{model}“ ist auf diesem Ollama-Server nicht installiert. Sie können es im Tab „Modelle“ herunterladen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server at {url} sent Paddock to another address ({target}); Paddock didn&apos;t follow it, so nothing was sent there. If that address is right, add it as a server of its own.</source>
        <translation>Der Server unter {url} hat Paddock an eine andere Adresse ({target}) verwiesen; Paddock ist dem nicht gefolgt, daher wurde dorthin nichts gesendet. Wenn diese Adresse stimmt, fügen Sie sie als eigenen Server hinzu.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Can&apos;t reach Ollama at {url}: nothing is answering there. Is Ollama running on this computer?</source>
        <translation>Ollama unter {url} ist nicht erreichbar: Dort antwortet nichts. Läuft Ollama auf diesem Computer?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t reach Ollama at {url}: nothing is answering there. Is Ollama running on that computer?</source>
        <translation>Ollama unter {url} ist nicht erreichbar: Dort antwortet nichts. Läuft Ollama auf jenem Computer?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t reach Ollama at {url}: the computer name could not be found.</source>
        <translation>Ollama unter {url} ist nicht erreichbar: Der Computername wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach Ollama at {url}: it did not answer in time.</source>
        <translation>Ollama unter {url} ist nicht erreichbar: Es hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t reach Ollama at {url}: the secure (HTTPS) connection failed. Check the address (http or https) and the server&apos;s certificate.</source>
        <translation>Ollama unter {url} ist nicht erreichbar: Die sichere (HTTPS-)Verbindung ist fehlgeschlagen. Prüfen Sie die Adresse (http oder https) und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t reach Ollama at {url}: the network connection failed.</source>
        <translation>Ollama unter {url} ist nicht erreichbar: Die Netzwerkverbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This model can&apos;t use tools. Pick a model with the tools badge.</source>
        <translation>Dieses Modell kann keine Werkzeuge nutzen. Wählen Sie ein Modell mit dem Abzeichen „Werkzeuge“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This model can&apos;t think step by step. Turn thinking off for it.</source>
        <translation>Dieses Modell kann nicht Schritt für Schritt nachdenken. Schalten Sie das Nachdenken für dieses Modell aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This model can&apos;t fill in the middle. Leave the suffix empty.</source>
        <translation>Dieses Modell kann die Mitte nicht füllen. Lassen Sie das Suffix leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This model can&apos;t look at images. Remove the images or pick a vision model.</source>
        <translation>Dieses Modell kann keine Bilder ansehen. Entfernen Sie die Bilder oder wählen Sie ein Vision-Modell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model can&apos;t chat. Use the Generate tab or pick another model.</source>
        <translation>Dieses Modell kann nicht chatten. Nutzen Sie den Tab „Generieren“ oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model can&apos;t write text (it only makes embeddings).</source>
        <translation>Dieses Modell kann keinen Text schreiben (es erzeugt nur Embeddings).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This chat is longer than the model can keep in mind, so Ollama refused it instead of forgetting the beginning. Your message is kept.</source>
        <translation>Dieser Chat ist länger, als das Modell im Gedächtnis behalten kann, deshalb hat Ollama ihn abgelehnt, statt den Anfang zu vergessen. Ihre Nachricht bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model runs on ollama.com and needs you to sign in first.</source>
        <translation>Dieses Modell läuft auf ollama.com und verlangt zuerst eine Anmeldung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request: access denied.</source>
        <translation>Der Server hat die Anfrage abgelehnt: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: {message}.</source>
        <translation>Der Server hat die Anfrage abgelehnt: {message}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This Ollama server doesn&apos;t know that request. It may be an older version; updating Ollama should help.</source>
        <translation>Dieser Ollama-Server kennt diese Anfrage nicht. Vielleicht ist es eine ältere Version; eine Aktualisierung von Ollama sollte helfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ollama couldn&apos;t do that: {message}</source>
        <translation>Ollama konnte das nicht ausführen: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ollama refused the request (HTTP {status}).</source>
        <translation>Ollama hat die Anfrage abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ollama is busy with other requests. Please try again in a moment.</source>
        <translation>Ollama ist mit anderen Anfragen beschäftigt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ollama couldn&apos;t reach the service behind it. Please try again later.</source>
        <translation>Ollama konnte den Dienst dahinter nicht erreichen. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ollama ran into a problem: {message}</source>
        <translation>Bei Ollama ist ein Problem aufgetreten: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ollama ran into a problem (HTTP {status}).</source>
        <translation>Bei Ollama ist ein Problem aufgetreten (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The download failed because Ollama reported a problem. Please try again later.</source>
        <translation>Der Download ist fehlgeschlagen, weil Ollama ein Problem gemeldet hat. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upload failed because Ollama reported a problem. Please try again later.</source>
        <translation>Das Hochladen ist fehlgeschlagen, weil Ollama ein Problem gemeldet hat. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the model failed because Ollama reported a problem. Please try again.</source>
        <translation>Das Modell konnte nicht erstellt werden, weil Ollama ein Problem gemeldet hat. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply stopped early because the model unexpectedly stopped on the computer running Ollama, often for lack of memory. Try again, or pick a smaller model.</source>
        <translation>Die Antwort endete zu früh, weil das Modell auf dem Computer, auf dem Ollama läuft, unerwartet beendet wurde – oft aus Speichermangel. Versuchen Sie es noch einmal oder wählen Sie ein kleineres Modell.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply stopped early because the computer running Ollama ran out of memory. Close other programs there or pick a smaller model, then try again.</source>
        <translation>Die Antwort endete zu früh, weil dem Computer, auf dem Ollama läuft, der Arbeitsspeicher ausging. Schließen Sie dort andere Programme oder wählen Sie ein kleineres Modell und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reply stopped early because Ollama reported a problem. Please try again.</source>
        <translation>Die Antwort endete zu früh, weil Ollama ein Problem gemeldet hat. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to Ollama broke before the download was complete. Ollama keeps what it has downloaded: downloading again continues from there.</source>
        <translation>Die Verbindung zu Ollama brach ab, bevor der Download fertig war. Ollama behält, was schon geladen ist: Ein neuer Download macht dort weiter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to Ollama broke before the upload was complete. Please try again.</source>
        <translation>Die Verbindung zu Ollama brach ab, bevor das Hochladen fertig war. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to Ollama broke before the model was created. Please try again.</source>
        <translation>Die Verbindung zu Ollama brach ab, bevor das Modell erstellt war. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to Ollama broke before the reply was complete.</source>
        <translation>Die Verbindung zu Ollama brach ab, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the connection (HTTP 403). Ollama only accepts requests addressed to its own host name: start it with OLLAMA_HOST=0.0.0.0, or make the proxy in front of it pass the Host header through.</source>
        <translation>Der Server hat die Verbindung abgelehnt (HTTP 403). Ollama nimmt nur Anfragen an, die an seinen eigenen Hostnamen gerichtet sind: Starten Sie es mit OLLAMA_HOST=0.0.0.0, oder lassen Sie den vorgeschalteten Proxy den Host-Header durchreichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A different web server (perhaps a proxy) answered instead of Ollama (HTTP {status}). Check the server address.</source>
        <translation>Statt Ollama hat ein anderer Webserver geantwortet (vielleicht ein Proxy) (HTTP {status}). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer didn&apos;t look like Ollama&apos;s (HTTP {status}). Check the address.</source>
        <translation>Die Antwort des Servers sah nicht nach Ollama aus (HTTP {status}). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ollama/host.py" line="+45"/>
        <source>“{host}” has a port that is not a number between 0 and 65535</source>
        <translation>„{host}“ hat einen Port, der keine Zahl zwischen 0 und 65535 ist</translation>
    </message>
    <message>
        <location filename="../../desktop/services/downloads/errors.py" line="-3"/>
        <location filename="../../desktop/services/tasks.py" line="+33"/>
        <source>Something went wrong on this computer: {reason}.</source>
        <translation>Auf diesem Computer ist etwas schiefgegangen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/generate/results.py" line="+145"/>
        <location filename="../../desktop/services/tasks.py" line="+3"/>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Die Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/storage/exchange.py" line="+476"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model: {model}</source>
        <translation>Modell: {model}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: {when}</source>
        <translation>Begonnen: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thinking ({seconds} s)</source>
        <translation>Nachdenken ({seconds} s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[image: {name}]</source>
        <translation>[Bild: {name}]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[document: {name}]</source>
        <translation>[Dokument: {name}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used: {sources}</source>
        <translation>Verwendet: {sources}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} p. {page}</source>
        <translation>{name} S. {page}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(The reply was stopped before it was finished.)</source>
        <translation>(Die Antwort wurde angehalten, bevor sie fertig war.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(The reply failed: {error})</source>
        <translation>(Die Antwort ist fehlgeschlagen: {error})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistant ({model})</source>
        <translation>Assistent ({model})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <location filename="../../desktop/services/generate/request.py" line="+73"/>
        <source>The schema isn&apos;t valid JSON: {error} (line {line}, column {column}).</source>
        <translation>Das Schema ist kein gültiges JSON: {error} (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The schema must be a JSON object, like {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>Das Schema muss ein JSON-Objekt sein, etwa {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pick a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
</context>
<context>
    <name>GenerateOptions</name>
    <message>
        <location filename="../../desktop/ui/generate/option_texts.py" line="+16"/>
        <source>Creativity (temperature)</source>
        <translation>Kreativität (temperature)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher gives more varied, surprising text; lower gives focused, predictable text.</source>
        <translation>Höher ergibt abwechslungsreicheren, überraschenderen Text; niedriger ergibt fokussierten, vorhersehbaren Text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only consider this many of the likeliest next words (0 = no limit).</source>
        <translation>Nur so viele der wahrscheinlichsten nächsten Wörter betrachten (0 = keine Grenze).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only consider the likeliest words that together make up this share of the probability.</source>
        <translation>Nur die wahrscheinlichsten Wörter betrachten, die zusammen diesen Anteil der Wahrscheinlichkeit ausmachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore words less likely than this share of the likeliest one.</source>
        <translation>Wörter ignorieren, die unwahrscheinlicher sind als dieser Anteil des wahrscheinlichsten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical P</source>
        <translation>Typical P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer words about as surprising as usual (1 turns it off).</source>
        <translation>Wörter bevorzugen, die etwa so überraschend wie üblich sind (1 schaltet es ab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat window</source>
        <translation>Wiederholungsfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many recent tokens the repeat penalty looks at (0 = off, -1 = the whole context).</source>
        <translation>Wie viele der letzten Tokens die Wiederholungsstrafe betrachtet (0 = aus, -1 = der ganze Kontext).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above 1 discourages repeating words; 1 turns it off.</source>
        <translation>Über 1 bremst wiederholte Wörter; 1 schaltet es ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discourages any word that already appeared, however often.</source>
        <translation>Bremst jedes Wort, das schon vorkam, egal wie oft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frequency penalty</source>
        <translation>Häufigkeitsstrafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discourages words the more often they appeared.</source>
        <translation>Bremst Wörter umso mehr, je öfter sie vorkamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same number with the same request gives the same answer again (-1 = random each time).</source>
        <translation>Dieselbe Zahl mit derselben Anfrage ergibt wieder dieselbe Antwort (-1 = jedes Mal zufällig).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max reply length</source>
        <translation>Maximale Antwortlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many tokens (-1 = no limit).</source>
        <translation>Nach so vielen Tokens anhalten (-1 = keine Grenze).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens kept</source>
        <translation>Behaltene Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the context is full, keep this many tokens from the start of the prompt.</source>
        <translation>Wenn der Kontext voll ist, so viele Tokens vom Anfang des Prompts behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop words</source>
        <translation>Stoppwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply ends when it would write one of these (one per line). Changing the list replaces the model&apos;s own stop words.</source>
        <translation>Die Antwort endet, wenn sie eines davon schreiben würde (eines pro Zeile). Eine geänderte Liste ersetzt die Stoppwörter des Modells.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can keep in mind, in tokens; more needs more computer memory, and no more than the model was trained for counts. By default the server picks it (4096 on small graphics cards, more on big ones).</source>
        <translation>Wie viel vom Gespräch das Modell im Gedächtnis behalten kann, in Token; mehr braucht mehr Arbeitsspeicher, und mehr als das, wofür das Modell trainiert wurde, bringt nichts. Standardmäßig wählt der Server den Wert (4096 bei kleinen Grafikkarten, mehr bei großen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens processed together while reading the prompt.</source>
        <translation>Tokens, die beim Lesen des Prompts gemeinsam verarbeitet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many layers run on the graphics card (-1 = as many as fit, 0 = none).</source>
        <translation>Wie viele Schichten auf der Grafikkarte laufen (-1 = so viele wie passen, 0 = keine).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main GPU</source>
        <translation>Haupt-GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which graphics card holds the shared parts when there are several (0 = the first).</source>
        <translation>Welche Grafikkarte die gemeinsamen Teile hält, wenn es mehrere gibt (0 = die erste).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads used on the processor (0 = automatic).</source>
        <translation>Auf dem Prozessor genutzte Threads (0 = automatisch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory-map the model</source>
        <translation>Modell in den Speicher abbilden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the model file from disk as needed instead of copying it all into memory first.</source>
        <translation>Die Modelldatei bei Bedarf von der Festplatte lesen, statt sie zuerst ganz in den Speicher zu kopieren.</translation>
    </message>
</context>
<context>
    <name>GenerateResults</name>
    <message>
        <location filename="../../desktop/services/generate/results.py" line="-121"/>
        <source>Finished: the model ended its answer (or reached a stop word).</source>
        <translation>Fertig: Das Modell hat seine Antwort beendet (oder ein Stoppwort erreicht).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at the reply length limit (Max reply length / Memory).</source>
        <translation>An der Längenbegrenzung der Antwort angehalten (Maximale Antwortlänge / Gedächtnis).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model was loaded; there was no prompt to answer.</source>
        <translation>Das Modell wurde geladen; es gab keinen Prompt zu beantworten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was unloaded from memory.</source>
        <translation>Das Modell wurde aus dem Speicher entladen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server did not say why it stopped.</source>
        <translation>Der Server hat nicht gesagt, warum er angehalten hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server stopped ({reason}).</source>
        <translation>Der Server hat angehalten ({reason}).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The output isn&apos;t valid JSON: {error} (line {line}, column {column}).</source>
        <translation>Die Ausgabe ist kein gültiges JSON: {error} (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The schema itself is not valid: {error}</source>
        <translation>Das Schema selbst ist ungültig: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Doesn&apos;t match the schema at the top level: {error}</source>
        <translation>Passt auf oberster Ebene nicht zum Schema: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doesn&apos;t match the schema at {where}: {error}</source>
        <translation>Passt bei {where} nicht zum Schema: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem} What arrived before is kept above.</source>
        <translation>{problem} Was vorher angekommen ist, bleibt oben erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Raw mode can&apos;t be combined with a system prompt, a template or carried context. Clear those fields or turn raw mode off.</source>
        <translation>Der Rohmodus lässt sich nicht mit Systemanweisung, Vorlage oder übernommenem Kontext kombinieren. Leeren Sie diese Felder oder schalten Sie den Rohmodus aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model only turns text into numbers (embeddings): pick one that writes text.</source>
        <translation>Dieses Modell verwandelt Text nur in Zahlen (Embeddings): Wählen Sie eines, das Text schreibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model can&apos;t fill in the middle: clear the Suffix field.</source>
        <translation>Dieses Modell kann die Mitte nicht füllen: Leeren Sie das Feld „Suffix“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model can&apos;t think step by step: set Thinking to Model&apos;s default or Off.</source>
        <translation>Dieses Modell kann nicht Schritt für Schritt nachdenken: Stellen Sie „Nachdenken“ auf „Standard des Modells“ oder „Aus“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server doesn&apos;t know that thinking level: pick On, Low, Medium or High.</source>
        <translation>Dieser Server kennt diese Denkstufe nicht: Wählen Sie „An“, „Wenig Aufwand“, „Mittlerer Aufwand“ oder „Hoher Aufwand“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model can&apos;t look at images: remove them or pick a vision model.</source>
        <translation>Dieses Modell kann keine Bilder ansehen: Entfernen Sie sie oder wählen Sie ein Vision-Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep loaded: write a number of seconds (like 300 or -1) or a duration like 5m or 1h.</source>
        <translation>Geladen lassen: Schreiben Sie eine Anzahl Sekunden (etwa 300 oder -1) oder eine Dauer wie 5m oder 1h.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An option has the wrong kind of value: reset it to its default.</source>
        <translation>Eine Option hat die falsche Art von Wert: Setzen Sie sie auf ihren Standardwert zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option {name} has the wrong kind of value: reset it to its default.</source>
        <translation>Die Option {name} hat die falsche Art von Wert: Setzen Sie sie auf ihren Standardwert zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prompt is longer than the model&apos;s memory: shorten it, raise Memory, or allow cutting the prompt to fit.</source>
        <translation>Der Prompt ist länger als das Gedächtnis des Modells: Kürzen Sie ihn, erhöhen Sie „Gedächtnis“ oder erlauben Sie, den Prompt passend zu kürzen.</translation>
    </message>
</context>
<context>
    <name>GenerateTab</name>
    <message>
        <location filename="../../desktop/ui/generate/tab.py" line="+113"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installed model that answers</source>
        <translation>Das installierte Modell, das antwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload models</source>
        <translation>Modelle neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the list of installed models</source>
        <translation>Die Liste der installierten Modelle neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a saved set-up (the whole request)</source>
        <translation>Eine gespeicherte Einrichtung laden (die ganze Anfrage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+238"/>
        <source>Save preset</source>
        <translation>Voreinstellung speichern</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Save the whole request under a name</source>
        <translation>Die ganze Anfrage unter einem Namen speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete preset</source>
        <translation>Voreinstellung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen preset</source>
        <translation>Die gewählte Voreinstellung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Anfrage senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the model and close the connection (Esc)</source>
        <translation>Das Modell anhalten und die Verbindung schließen (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;set:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Ollama can&apos;t be reached, so Paddock can&apos;t tell which models are installed. Start Ollama, or choose another server at the bottom of the window.</source>
        <translation>Ollama ist nicht erreichbar, daher weiß Paddock nicht, welche Modelle installiert sind. Starten Sie Ollama oder wählen Sie unten im Fenster einen anderen Server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paddock is still asking Ollama which models are installed…</source>
        <translation>Paddock fragt Ollama noch, welche Modelle installiert sind…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No models are installed yet: download one in the Models tab.</source>
        <translation>Es sind noch keine Modelle installiert: Laden Sie eines im Tab „Modelle“ herunter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a model, write a prompt and press Run.</source>
        <translation>Wählen Sie ein Modell, schreiben Sie einen Prompt und klicken Sie auf „Ausführen“.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(choose a preset)</source>
        <translation>(Voreinstellung wählen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the preset “{name}”.</source>
        <translation>Voreinstellung „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded the preset “{name}”.</source>
        <translation>Voreinstellung „{name}“ geladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name for this set-up:</source>
        <translation>Name für diese Einrichtung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace preset?</source>
        <translation>Voreinstellung ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A preset called “{name}” exists. Replace it?</source>
        <translation>Es gibt schon eine Voreinstellung „{name}“. Ersetzen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted the preset “{name}”.</source>
        <translation>Voreinstellung „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stopped after {time}. What arrived is kept.</source>
        <translation>Nach {time} angehalten. Was bis dahin ankam, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Done: {model} answered in {total}.</source>
        <translation>Fertig: {model} hat in {total} geantwortet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The run failed.</source>
        <translation>Der Durchlauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A curl command for this request is on the clipboard.</source>
        <translation>Ein curl-Befehl für diese Anfrage liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(stopped) {words}</source>
        <translation>(angehalten) {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(failed) {words}</source>
        <translation>(fehlgeschlagen) {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the run from {time}.</source>
        <translation>Der Durchlauf von {time} wird gezeigt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The form holds that run&apos;s request again.</source>
        <translation>Das Formular enthält wieder die Anfrage dieses Durchlaufs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select exactly two runs to compare.</source>
        <translation>Wählen Sie genau zwei Durchläufe zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>HitListModel</name>
    <message>
        <location filename="../../desktop/ui/chat/sidebar.py" line="-305"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>ImportGgufDialog</name>
    <message>
        <location filename="../../desktop/ui/models/import_dialog.py" line="+38"/>
        <location line="+1"/>
        <source>Import a GGUF file</source>
        <translation>GGUF-Datei importieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Turn a model file in the GGUF format (for example one downloaded from Hugging Face) into a model you can chat with. The file is copied to the computer running Ollama.</source>
        <translation>Machen Sie aus einer Modelldatei im GGUF-Format (zum Beispiel von Hugging Face heruntergeladen) ein Modell, mit dem Sie chatten können. Die Datei wird auf den Computer kopiert, auf dem Ollama läuft.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>GGUF file</source>
        <translation>GGUF-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a .gguf file</source>
        <translation>Eine .gguf-Datei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. my-model</source>
        <translation>z. B. mein-modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model name:</source>
        <translation>Modellname:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a GGUF model file</source>
        <translation>GGUF-Modelldatei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelldateien (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a GGUF file first.</source>
        <translation>Wählen Sie zuerst eine GGUF-Datei.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{name}” is ready to use.</source>
        <translation>„{name}“ ist bereit zur Nutzung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the file: {done} of {total}</source>
        <translation>Datei wird geprüft: {done} von {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copying to Ollama: {done} of {total}</source>
        <translation>Wird zu Ollama kopiert: {done} von {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>InstalledModelsModel</name>
    <message>
        <location filename="../../desktop/ui/models/installed_model.py" line="+74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s name and tag</source>
        <translation>Name und Tag des Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many parameters (weights) it has: bigger is smarter but slower</source>
        <translation>Wie viele Parameter (Gewichte) es hat: mehr ist klüger, aber langsamer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly it was compressed: Q4 is small, Q8 and F16 are larger</source>
        <translation>Wie stark es komprimiert wurde: Q4 ist klein, Q8 und F16 sind größer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model architecture it belongs to</source>
        <translation>Die Modellarchitektur, zu der es gehört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space it takes on the computer running Ollama</source>
        <translation>Platz, den es auf dem Computer mit Ollama belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it was downloaded or last changed</source>
        <translation>Wann es heruntergeladen oder zuletzt geändert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it can do besides writing text</source>
        <translation>Was es außer Text schreiben noch kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a newer version waits in the model&apos;s registry</source>
        <translation>Ob in der Registry des Modells eine neuere Version bereitliegt</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../../desktop/ui/chat/link_confirmation.py" line="+33"/>
        <location line="+2"/>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
</context>
<context>
    <name>LinkGuard</name>
    <message>
        <location line="+38"/>
        <source>Open in the browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>LinkRefusedDialog</name>
    <message>
        <location line="-26"/>
        <location line="+2"/>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock opens only web and e-mail links from a chat.</source>
        <translation>Paddock öffnet aus einem Chat nur Web- und E-Mail-Links.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+106"/>
        <location line="+1"/>
        <source>Paddock</source>
        <translation>Paddock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main sections</source>
        <translation>Hauptbereiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>Mit einem Modell sprechen (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download and manage models (Ctrl+2)</source>
        <translation>Modelle herunterladen und verwalten (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off prompts with every option (Ctrl+3)</source>
        <translation>Einzelne Prompts mit allen Optionen (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Paddock</source>
        <translation>Ü&amp;ber Paddock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_editing.py" line="+53"/>
        <source>This computer has no keyring to keep the API key safely, so Paddock keeps it only until you quit.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, um den API-Schlüssel sicher aufzubewahren. Paddock behält ihn daher nur bis zum Beenden.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove this server?</source>
        <translation>Diesen Server entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from your servers?</source>
        <translation>„{name}“ aus Ihren Servern entfernen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its saved API key is deleted too. Your chats stay, and you can add the server again at any time.</source>
        <translation>Sein gespeicherter API-Schlüssel wird ebenfalls gelöscht. Ihre Chats bleiben erhalten, und Sie können den Server jederzeit wieder hinzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+189"/>
        <source>Settings for new chats</source>
        <translation>Einstellungen für neue Chats</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The download failed.</source>
        <translation>Der Download ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply finished: {title}</source>
        <translation>Antwort fertig: {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ollama {version} at {url}</source>
        <translation>Ollama {version} unter {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected ({url})</source>
        <translation>nicht verbunden ({url})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock {paddock}
A calm desktop app for your local Ollama models.

Qt {qt} · PySide6 {pyside} · Python {python}
Server: {server}</source>
        <translation>Paddock {paddock}
Eine ruhige Desktop-App für Ihre lokalen Ollama-Modelle.

Qt {qt} · PySide6 {pyside} · Python {python}
Server: {server}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backing up all chats…</source>
        <translation>Alle Chats werden gesichert …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring your chats…</source>
        <translation>Deine Chats werden wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+1"/>
        <source>About Paddock</source>
        <translation>Über Paddock</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ollama isn&apos;t installed on this computer.</source>
        <translation>Ollama ist auf diesem Computer nicht installiert.</translation>
    </message>
</context>
<context>
    <name>MemoryMeter</name>
    <message>
        <location filename="../../desktop/ui/chat/memory_meter.py" line="+12"/>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This chat fills {percent} of what {model} can keep in mind.</source>
        <translation>Dieser Chat füllt {percent} dessen, was {model} im Gedächtnis behalten kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({used} of {limit} tokens, num_ctx {num_ctx})</source>
        <translation>({used} von {limit} Token, num_ctx {num_ctx})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory: how much of the conversation {model} can keep in mind.</source>
        <translation>Gedächtnis: wie viel vom Gespräch {model} im Gedächtnis behalten kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This chat: about {used} of {limit} tokens (num_ctx).</source>
        <translation>Dieser Chat: etwa {used} von {limit} Token (num_ctx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limit comes from {source}.</source>
        <translation>Die Grenze ergibt sich aus {source}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rough estimate until the model&apos;s first reply in this chat.</source>
        <translation>Eine grobe Schätzung bis zur ersten Antwort des Modells in diesem Chat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About {chars} characters per token in this chat.</source>
        <translation>Etwa {chars} Zeichen pro Token in diesem Chat.</translation>
    </message>
</context>
<context>
    <name>MemoryWarning</name>
    <message>
        <location filename="../../desktop/ui/chat/memory_warning.py" line="+43"/>
        <location line="+18"/>
        <source>Remember more</source>
        <translation>Mehr merken</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Let the model keep more of this chat in mind (it needs more memory)</source>
        <translation>Das Modell mehr von diesem Chat im Gedächtnis behalten lassen (braucht mehr Arbeitsspeicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Summarize and continue</source>
        <translation>Zusammenfassen und weiter</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The model sums this chat up, and a new chat starts from the summary</source>
        <translation>Das Modell fasst diesen Chat zusammen, und ein neuer Chat beginnt mit der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Continue anyway</source>
        <translation>Trotzdem weiter</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keep going: the model forgets the beginning (not asked again in this chat)</source>
        <translation>Weitermachen: Das Modell vergisst den Anfang (in diesem Chat wird nicht mehr nachgefragt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the summary</source>
        <translation>Zusammenfassung abbrechen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The model&apos;s memory is full</source>
        <translation>Das Gedächtnis des Modells ist voll</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{model} can&apos;t keep this whole chat in mind: it will forget the beginning.</source>
        <translation>{model} kann diesen Chat nicht ganz im Gedächtnis behalten: Es wird den Anfang vergessen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{model} can&apos;t keep this whole chat in mind, so Ollama did not answer rather than forget the beginning. Your message is kept.</source>
        <translation>{model} kann diesen Chat nicht ganz im Gedächtnis behalten, deshalb hat Ollama nicht geantwortet, statt den Anfang zu vergessen. Ihre Nachricht bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model could not see the start of this chat when it wrote its last reply: {model} forgot the beginning.</source>
        <translation>Das Modell konnte den Anfang dieses Chats nicht sehen, als es seine letzte Antwort schrieb: {model} hat den Anfang vergessen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summarizing this chat… ({count} characters so far)</source>
        <translation>Dieser Chat wird zusammengefasst… (bisher {count} Zeichen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summarizing this chat…</source>
        <translation>Dieser Chat wird zusammengefasst…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/ui/common/message_bar.py" line="+18"/>
        <source>Problem report</source>
        <translation>Problemmeldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details were written to {path}.</source>
        <translation>Details wurden in {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>MessageBody</name>
    <message>
        <location filename="../../desktop/ui/chat/message_body.py" line="+303"/>
        <source>This text is very long, so it is shown as plain text, without formatting. Copy gives all of it.</source>
        <translation>Dieser Text ist sehr lang und wird deshalb als reiner Text ohne Formatierung angezeigt. „Kopieren“ liefert ihn vollständig.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>… {count} more characters are not shown. Copy gives all of them.</source>
        <translation>… {count} weitere Zeichen werden nicht angezeigt. „Kopieren“ liefert alle.</translation>
    </message>
</context>
<context>
    <name>MessageFooter</name>
    <message>
        <location filename="../../desktop/ui/chat/message_footer.py" line="+59"/>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous version</source>
        <translation>Die vorherige Version zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the next version</source>
        <translation>Die nächste Version zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message actions</source>
        <translation>Aktionen zur Nachricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Copy the message (as written, in markdown)</source>
        <translation>Die Nachricht kopieren (wie geschrieben, in Markdown)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this message and send it again (the old version is kept)</source>
        <translation>Diese Nachricht ändern und erneut senden (die alte Version bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regenerate reply</source>
        <translation>Antwort neu erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this reply again (the old version is kept)</source>
        <translation>Diese Antwort neu schreiben lassen (die alte Version bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this message and everything after it</source>
        <translation>Diese Nachricht und alles danach löschen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <location filename="../../desktop/ui/chat/text_view.py" line="+40"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../desktop/ui/chat/message_widget.py" line="+86"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+208"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Message from {who}</source>
        <translation>Nachricht von {who}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attached images</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {name} for your question: {done} of {total} parts…</source>
        <translation>{name} wird für Ihre Frage gelesen: {done} von {total} Teilen…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Version {n} of {count}</source>
        <translation>Fassung {n} von {count}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This model isn&apos;t installed: {model}. Download it, then press Retry.</source>
        <translation>Dieses Modell ist nicht installiert: {model}. Laden Sie es herunter und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} Your message is kept; press Retry when the server is back.</source>
        <translation>{reason} Ihre Nachricht bleibt erhalten; klicken Sie auf „Erneut versuchen“, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply above is incomplete. {reason}</source>
        <translation>Die Antwort oben ist unvollständig. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ModelDetailsPane</name>
    <message>
        <location filename="../../desktop/ui/models/details_pane.py" line="+55"/>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a model to see its details.</source>
        <translation>Wählen Sie ein Modell, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+2"/>
        <source>Chat with this model</source>
        <translation>Mit diesem Modell chatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new chat with this model (Enter)</source>
        <translation>Einen neuen Chat mit diesem Modell öffnen (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy or rename…</source>
        <translation>Kopieren oder umbenennen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy or rename</source>
        <translation>Kopieren oder umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a copy under a new name, or rename it (F2)</source>
        <translation>Eine Kopie unter neuem Namen anlegen oder umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from the computer running Ollama (Del)</source>
        <translation>Vom Computer entfernen, auf dem Ollama läuft (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unload from memory</source>
        <translation>Aus dem Speicher entladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free the memory it uses now; it stays installed and loads again when used</source>
        <translation>Den belegten Speicher jetzt freigeben; es bleibt installiert und wird bei Bedarf neu geladen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Good for</source>
        <translation>Geeignet für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can</source>
        <translation>Es kann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In memory</source>
        <translation>Im Speicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model texts</source>
        <translation>Modelltexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelfile</source>
        <translation>Modelfile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy this text</source>
        <translation>Diesen Text kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the text of the open tab to the clipboard</source>
        <translation>Den Text des offenen Tabs in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{family} family</source>
        <translation>Familie {family}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} parameters</source>
        <translation>{count} Parameter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>changed {when}</source>
        <translation>geändert {when}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Loading details…</source>
        <translation>Details werden geladen…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory, at most</source>
        <translation>Gedächtnis, höchstens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much of the conversation it can keep in mind: the most it was trained for. Ollama gives it less unless a chat asks for more (Chat settings → Memory).</source>
        <translation>Wie viel vom Gespräch es im Gedächtnis behalten kann: das Maximum, für das es trainiert wurde. Ollama gibt ihm weniger, außer ein Chat fordert mehr an (Chat-Einstellungen → Gedächtnis).</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No settings of its own: Ollama&apos;s defaults apply.</source>
        <translation>Keine eigenen Einstellungen: Es gelten die Standardwerte von Ollama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no system prompt)</source>
        <translation>(keine Systemanweisung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no template)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no license text included)</source>
        <translation>(kein Lizenztext enthalten)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded, {size}, {countdown}</source>
        <translation>geladen, {size}, {countdown}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../desktop/ui/chat/model_picker.py" line="+95"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which model answers in this chat. You can change it at any time; each reply remembers the model that wrote it.</source>
        <translation>Welches Modell in diesem Chat antwortet. Sie können es jederzeit wechseln; jede Antwort merkt sich, welches Modell sie geschrieben hat.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{name} (not installed)</source>
        <translation>{name} (nicht installiert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model isn&apos;t installed on the server.</source>
        <translation>Dieses Modell ist auf dem Server nicht installiert.</translation>
    </message>
</context>
<context>
    <name>ModelUpdates</name>
    <message>
        <location filename="../../desktop/services/models/updates.py" line="+410"/>
        <source>Update available — small change (settings only)</source>
        <translation>Update verfügbar – kleine Änderung (nur Einstellungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update available — up to {size} to download</source>
        <translation>Update verfügbar – bis zu {size} zum Herunterladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update available — {size} to download</source>
        <translation>Update verfügbar – {size} zum Herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a sign-in to {host}</source>
        <translation>Braucht eine Anmeldung bei {host}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t check: {host} doesn&apos;t offer a secure connection (https)</source>
        <translation>Prüfung nicht möglich: {host} bietet keine sichere Verbindung (https)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update available</source>
        <translation>Update verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating (see the download list)</source>
        <translation>Wird aktualisiert (siehe Download-Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t check: the registry can&apos;t be reached</source>
        <translation>Prüfung nicht möglich: Die Registry ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t check: the registry doesn&apos;t offer a secure connection (https)</source>
        <translation>Prüfung nicht möglich: Die Registry bietet keine sichere Verbindung (https)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer available upstream</source>
        <translation>Nicht mehr in der Quelle verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model was made on this computer (no registry to check)</source>
        <translation>Dieses Modell wurde auf diesem Computer erstellt (keine Registry zu prüfen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs an ollama.com sign-in</source>
        <translation>Braucht eine Anmeldung bei ollama.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on ollama.com (nothing to update)</source>
        <translation>Läuft auf ollama.com (nichts zu aktualisieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t check: the registry&apos;s answer wasn&apos;t understood</source>
        <translation>Prüfung nicht möglich: Die Antwort der Registry war unverständlich</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../desktop/services/models/catalog.py" line="+105"/>
        <source>The model catalogue could not be read: {error}</source>
        <translation>Der Modellkatalog konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+29"/>
        <source>Fits well</source>
        <translation>Passt gut</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Runs on the graphics card: needs about {need} of memory; the card ({card}) has {have}.</source>
        <translation>Läuft auf der Grafikkarte: braucht etwa {need} Speicher; die Karte ({card}) hat {have}.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Runs online</source>
        <translation>Läuft online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It runs on Ollama&apos;s computers, so it needs no memory here. Your Ollama server must be signed in to an ollama.com account.</source>
        <translation>Es läuft auf den Computern von Ollama und braucht deshalb hier keinen Arbeitsspeicher. Ihr Ollama-Server muss bei einem ollama.com-Konto angemeldet sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its size is not known yet, so Paddock can&apos;t tell.</source>
        <translation>Seine Größe ist noch nicht bekannt, daher kann Paddock das nicht sagen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>It needs about {need} of memory; this computer&apos;s memory is unknown.</source>
        <translation>Es braucht etwa {need} Speicher; der Speicher dieses Computers ist unbekannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fits, but slow</source>
        <translation>Passt, aber langsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It needs about {need} of memory and this computer has {have}, but without a graphics card it will answer slowly.</source>
        <translation>Es braucht etwa {need} Speicher, und dieser Computer hat {have}, aber ohne Grafikkarte wird es langsam antworten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It needs about {need} of memory; this computer has {have}.</source>
        <translation>Es braucht etwa {need} Speicher; dieser Computer hat {have}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It needs about {need} of memory of this computer&apos;s {have}: close other programs first.</source>
        <translation>Es braucht etwa {need} der {have} Speicher dieses Computers: Schließen Sie vorher andere Programme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too big</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It needs about {need} of memory, but this computer has only {have}.</source>
        <translation>Es braucht etwa {need} Speicher, aber dieser Computer hat nur {have}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/create.py" line="+34"/>
        <source>Pick the installed model to start from.</source>
        <translation>Wählen Sie das installierte Modell, von dem Sie ausgehen möchten.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reusing the model&apos;s files</source>
        <translation>Die Dateien des Modells werden wiederverwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the new settings</source>
        <translation>Die neuen Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picked a chat template for the model</source>
        <translation>Eine Chat-Vorlage für das Modell wurde gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the model smaller (quantizing)</source>
        <translation>Das Modell wird verkleinert (Quantisierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading the base model</source>
        <translation>Das Basismodell wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the GGUF file</source>
        <translation>Die GGUF-Datei wird gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the download</source>
        <translation>Der Download wird geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/gguf_import.py" line="+41"/>
        <source>“{name}” is a folder. Pick a .gguf model file.</source>
        <translation>„{name}“ ist ein Ordner. Wählen Sie eine .gguf-Modelldatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{path}” doesn&apos;t exist any more.</source>
        <translation>„{path}“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” can&apos;t be read: {reason}.</source>
        <translation>„{name}“ lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not a GGUF model file. Ollama imports models in the GGUF format (files usually ending in .gguf).</source>
        <translation>„{name}“ ist keine GGUF-Modelldatei. Ollama importiert Modelle im GGUF-Format (Dateien, die meist auf .gguf enden).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the file (computing its fingerprint)</source>
        <translation>Die Datei wird geprüft (ihr Fingerabdruck wird berechnet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the model</source>
        <translation>Das Modell wird erstellt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/manage.py" line="+24"/>
        <source>The new name is the same as the old one.</source>
        <translation>Der neue Name ist derselbe wie der alte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A model called “{name}” is already installed.</source>
        <translation>Ein Modell namens „{name}“ ist bereits installiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/names.py" line="+51"/>
        <source>Type the name of a model, for example llama3.2 or qwen3:8b.</source>
        <translation>Geben Sie den Namen eines Modells ein, zum Beispiel llama3.2 oder qwen3:8b.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A model name can&apos;t contain spaces, for example “llama3.2:3b”.</source>
        <translation>Ein Modellname darf keine Leerzeichen enthalten, zum Beispiel „llama3.2:3b“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A model name has at most three parts separated by “/”: registry/namespace/model, for example example.com/team/model:tag.</source>
        <translation>Ein Modellname hat höchstens drei durch „/“ getrennte Teile: registry/namensraum/modell, zum Beispiel example.com/team/model:tag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a tag after the colon (for example “:latest”) or remove the colon.</source>
        <translation>Fügen Sie nach dem Doppelpunkt ein Tag hinzu (zum Beispiel „:latest“) oder entfernen Sie den Doppelpunkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A model name can have only one “:” before its tag.</source>
        <translation>Ein Modellname darf vor seinem Tag nur einen „:“ haben.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The registry address is missing: nothing may stand empty between the “/” signs.</source>
        <translation>Die Registry-Adresse fehlt: Zwischen den „/“-Zeichen darf nichts leer bleiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The namespace is missing: nothing may stand empty between the “/” signs.</source>
        <translation>Der Namensraum fehlt: Zwischen den „/“-Zeichen darf nichts leer bleiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model name is missing: nothing may stand empty between the “/” signs.</source>
        <translation>Der Modellname fehlt: Zwischen den „/“-Zeichen darf nichts leer bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag is missing: nothing may stand empty between the “/” signs.</source>
        <translation>Das Tag fehlt: Zwischen den „/“-Zeichen darf nichts leer bleiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry address is too long (at most {limit} characters).</source>
        <translation>Die Registry-Adresse ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The namespace is too long (at most {limit} characters).</source>
        <translation>Der Namensraum ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model name is too long (at most {limit} characters).</source>
        <translation>Der Modellname ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag is too long (at most {limit} characters).</source>
        <translation>Das Tag ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry address “{value}” must start with a letter or a digit.</source>
        <translation>Die Registry-Adresse „{value}“ muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The namespace “{value}” must start with a letter or a digit.</source>
        <translation>Der Namensraum „{value}“ muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model name “{value}” must start with a letter or a digit.</source>
        <translation>Der Modellname „{value}“ muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag “{value}” must start with a letter or a digit.</source>
        <translation>Das Tag „{value}“ muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry address “{value}” contains “{character}”. Use only letters, digits and {allowed}.</source>
        <translation>Die Registry-Adresse „{value}“ enthält „{character}“. Verwenden Sie nur Buchstaben, Ziffern und {allowed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The namespace “{value}” contains “{character}”. Use only letters, digits and {allowed}.</source>
        <translation>Der Namensraum „{value}“ enthält „{character}“. Verwenden Sie nur Buchstaben, Ziffern und {allowed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model name “{value}” contains “{character}”. Use only letters, digits and {allowed}.</source>
        <translation>Der Modellname „{value}“ enthält „{character}“. Verwenden Sie nur Buchstaben, Ziffern und {allowed}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tag “{value}” contains “{character}”. Use only letters, digits and {allowed}.</source>
        <translation>Das Tag „{value}“ enthält „{character}“. Verwenden Sie nur Buchstaben, Ziffern und {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/suggestions.py" line="+72"/>
        <source>A model your Ollama server suggests. It runs on Ollama&apos;s computers, not on this one.</source>
        <translation>Ein Modell, das Ihr Ollama-Server empfiehlt. Es läuft auf den Computern von Ollama, nicht auf diesem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A model your Ollama server suggests for its hardware.</source>
        <translation>Ein Modell, das Ihr Ollama-Server für seine Hardware empfiehlt.</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <location filename="../../desktop/ui/models/tab.py" line="+135"/>
        <source>Model sections</source>
        <translation>Modellbereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discover models</source>
        <translation>Modelle entdecken</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+385"/>
        <source>In memory</source>
        <translation>Im Speicher</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Models on the computer running Ollama</source>
        <translation>Modelle auf dem Computer, auf dem Ollama läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find popular models to download</source>
        <translation>Beliebte Modelle zum Herunterladen finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models loaded in memory right now</source>
        <translation>Gerade in den Speicher geladene Modelle</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Download a model:</source>
        <translation>Modell herunterladen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model name to download</source>
        <translation>Name des Modells zum Herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a model name, e.g. llama3.2 or qwen3:8b (Ctrl+D)</source>
        <translation>Modellnamen eingeben, z. B. llama3.2 oder qwen3:8b (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names look like model, model:tag, namespace/model:tag or registry/namespace/model:tag. Not sure? Look in Discover models.</source>
        <translation>Namen sehen so aus: modell, modell:tag, namensraum/modell:tag oder registry/namensraum/modell:tag. Unsicher? Schauen Sie unter „Modelle entdecken“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this model to the downloads</source>
        <translation>Dieses Modell zu den Downloads hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Allow insecure (HTTP) registry</source>
        <translation>Unsichere (HTTP-)Registry erlauben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for registries you run yourself that don&apos;t offer HTTPS</source>
        <translation>Nur für selbst betriebene Registrys ohne HTTPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a model…</source>
        <translation>Modell erstellen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a model</source>
        <translation>Modell erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make your own model from an installed one, with its own instructions</source>
        <translation>Aus einem installierten Modell ein eigenes mit eigenen Anweisungen machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a GGUF file…</source>
        <translation>GGUF-Datei importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a GGUF file</source>
        <translation>GGUF-Datei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a model from a .gguf file on this computer</source>
        <translation>Ein Modell aus einer .gguf-Datei auf diesem Computer hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name or family (Ctrl+F)</source>
        <translation>Nach Name oder Familie filtern (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by ability</source>
        <translation>Nach Fähigkeit filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any ability</source>
        <translation>Alle Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sees images (vision)</source>
        <translation>Sieht Bilder (Vision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses tools</source>
        <translation>Nutzt Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinks step by step</source>
        <translation>Denkt Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only models that can do this</source>
        <translation>Nur Modelle zeigen, die das können</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list of installed models again (F5)</source>
        <translation>Die Liste der installierten Modelle neu einlesen (F5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No models installed yet. Type a name above, or pick one in “Discover models”.</source>
        <translation>Noch keine Modelle installiert. Geben Sie oben einen Namen ein oder wählen Sie eines unter „Modelle entdecken“.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“{name}” is already in the download list.</source>
        <translation>„{name}“ steht schon in der Download-Liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ollama can&apos;t be reached, so nothing can be downloaded now.</source>
        <translation>Ollama ist nicht erreichbar, daher kann gerade nichts heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Installed ({count})</source>
        <translation>Installiert ({count})</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>In memory ({count})</source>
        <translation>Im Speicher ({count})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This frees up to {size} on the computer running Ollama. Files shared with other models are kept. You can download it again later.</source>
        <translation>Das gibt bis zu {size} auf dem Computer mit Ollama frei. Dateien, die andere Modelle mitnutzen, bleiben erhalten. Sie können es später erneut herunterladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{name}” has no update to download right now.</source>
        <translation>Für „{name}“ gibt es gerade kein Update zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/updates_view.py" line="+67"/>
        <source>{state} (checked {when})</source>
        <translation>{state} (geprüft {when})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking for updates…</source>
        <translation>Suche nach Updates …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked for updates yet.</source>
        <translation>Noch nicht nach Updates gesucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last checked for updates {when}.</source>
        <translation>Zuletzt nach Updates gesucht: {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check runs from this computer, not from the computer running Ollama.</source>
        <translation>Die Prüfung läuft von diesem Computer aus, nicht von dem Computer, auf dem Ollama läuft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/tab.py" line="+68"/>
        <source>Download finished</source>
        <translation>Download abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is ready to use.</source>
        <translation>„{name}“ ist bereit zur Nutzung.</translation>
    </message>
</context>
<context>
    <name>OllamaLogDialog</name>
    <message>
        <location filename="../../desktop/ui/common/log_dialog.py" line="+19"/>
        <source>Ollama log</source>
        <translation>Ollama-Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ollama — started by Paddock</source>
        <translation>Ollama – von Paddock gestartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock started Ollama for you and will stop it when you quit. Its messages:</source>
        <translation>Paddock hat Ollama für Sie gestartet und beendet es beim Beenden. Seine Meldungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ollama&apos;s messages</source>
        <translation>Meldungen von Ollama</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <location filename="../../desktop/ui/onboarding.py" line="+59"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting started with Paddock</source>
        <translation>Erste Schritte mit Paddock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome to Paddock</source>
        <translation>Willkommen bei Paddock</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the guide</source>
        <translation>Die Anleitung überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this guide; it won&apos;t be shown again</source>
        <translation>Diese Anleitung schließen; sie wird nicht wieder gezeigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paddock talks to Ollama, the free program that runs language models on your computer. Looking for it…</source>
        <translation>Paddock spricht mit Ollama, dem kostenlosen Programm, das Sprachmodelle auf Ihrem Computer ausführt. Es wird gesucht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start Ollama</source>
        <translation>Ollama starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look for Ollama again</source>
        <translation>Erneut nach Ollama suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get Ollama…</source>
        <translation>Ollama holen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download Ollama</source>
        <translation>Ollama herunterladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use another server…</source>
        <translation>Anderen Server verwenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to Ollama on another computer</source>
        <translation>Mit Ollama auf einem anderen Computer verbinden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ollama is running. To chat you need a model. A good first one is {name} ({size} to download): {description}</source>
        <translation>Ollama läuft. Zum Chatten brauchen Sie ein Modell. Ein guter Anfang ist {name} ({size} zum Herunterladen): {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download {name} ({size})</source>
        <translation>{name} herunterladen ({size})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ollama is running. To chat you need a model: pick one to download.</source>
        <translation>Ollama läuft. Zum Chatten brauchen Sie ein Modell: Wählen Sie eines zum Herunterladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a model</source>
        <translation>Ein Modell herunterladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the suggested model</source>
        <translation>Das empfohlene Modell herunterladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another in the Models tab</source>
        <translation>Ein anderes im Tab „Modelle“ wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Models tab</source>
        <translation>Den Tab „Modelle“ öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start chatting</source>
        <translation>Mit dem Chatten beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a chat</source>
        <translation>Einen Chat beginnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected. Checking which models are installed…</source>
        <translation>Verbunden. Installierte Modelle werden geprüft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem}

If Ollama is installed, start it. If not, get it from ollama.com, install it, then press Try again.</source>
        <translation>{problem}

Wenn Ollama installiert ist, starten Sie es. Wenn nicht, laden Sie es von ollama.com, installieren Sie es und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for Ollama at {url}…</source>
        <translation>Ollama wird unter {url} gesucht…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Downloading {name}… This can take a few minutes. You can keep using Paddock meanwhile; the progress is also in the Models tab.</source>
        <translation>{name} wird heruntergeladen… Das kann einige Minuten dauern. Sie können Paddock währenddessen weiter nutzen; der Fortschritt steht auch im Tab „Modelle“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You&apos;re all set: {model} is ready. Say hello!</source>
        <translation>Alles bereit: {model} ist startklar. Sagen Sie Hallo!</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop/ui/generate/options_panel.py" line="+35"/>
        <source>Sampling</source>
        <translation>Wortwahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the next word is picked.</source>
        <translation>Wie das nächste Wort gewählt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing any of these reloads the model, which takes a while.</source>
        <translation>Eine Änderung hier lädt das Modell neu, das dauert eine Weile.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing this reloads the model.</source>
        <translation>Eine Änderung lädt das Modell neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent as “{name}”</source>
        <translation>Gesendet als „{name}“</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/option_editor.py" line="+111"/>
        <source>Reset {name}</source>
        <translation>{name} zurücksetzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>one per line</source>
        <translation>eine pro Zeile</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>model&apos;s default: {value}</source>
        <translation>Standard des Modells: {value}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>default: {value}</source>
        <translation>Standard: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} sets this in its own settings</source>
        <translation>{model} legt das in den eigenen Einstellungen fest</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ollama&apos;s built-in value</source>
        <translation>Eingebauter Wert von Ollama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the default ({value})</source>
        <translation>Zurück zum Standardwert ({value})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PendingImages</name>
    <message>
        <location filename="../../desktop/ui/chat/attachments.py" line="+116"/>
        <source>Images to send</source>
        <translation>Zu sendende Bilder</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this image</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t send this image</source>
        <translation>Dieses Bild nicht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <location filename="../../desktop/ui/common/error_dialog.py" line="+30"/>
        <source>Show details…</source>
        <translation>Details zeigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the technical details</source>
        <translation>Die technischen Details zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The technical side of this problem, for someone helping you</source>
        <translation>Die technische Seite dieses Problems, für jemanden, der Ihnen hilft</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../desktop/ollama/registry.py" line="+102"/>
        <source>The registry {host} can&apos;t be reached.</source>
        <translation>Die Registry {host} ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry {host} doesn&apos;t answer over a secure connection (https).</source>
        <translation>Die Registry {host} antwortet nicht über eine sichere Verbindung (https).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The registry has no model named “{name}”.</source>
        <translation>Die Registry hat kein Modell namens „{name}“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The registry {host} asks for a sign-in.</source>
        <translation>Die Registry {host} verlangt eine Anmeldung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry {host} gave an answer Paddock doesn&apos;t understand.</source>
        <translation>Die Registry {host} hat eine Antwort gegeben, die Paddock nicht versteht.</translation>
    </message>
</context>
<context>
    <name>ReplyWords</name>
    <message>
        <location filename="../../desktop/ui/chat/reply_words.py" line="+45"/>
        <source>loaded in {seconds} s</source>
        <translation>in {seconds} s geladen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reply length</source>
        <translation>Länge der Antwort</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>Writing speed</source>
        <translation>Schreibgeschwindigkeit</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>about {count} words a second</source>
        <translation>etwa {count} Wörter pro Sekunde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>written in {seconds} s</source>
        <translation>geschrieben in {seconds} s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read before answering</source>
        <translation>Vor der Antwort gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the model</source>
        <translation>Laden des Modells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before the reply was finished.</source>
        <translation>Angehalten, bevor die Antwort fertig war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped at the reply length limit. Raise “Reply length limit” in this chat&apos;s settings for longer replies.</source>
        <translation>An der Längenbegrenzung der Antwort angehalten. Für längere Antworten erhöhen Sie „Längenbegrenzung der Antwort“ in den Einstellungen dieses Chats.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model could not see the start of this chat when it wrote this reply.</source>
        <translation>Das Modell konnte den Anfang dieses Chats nicht sehen, als es diese Antwort schrieb.</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../desktop/ui/generate/request_form.py" line="+79"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should the model write? Ctrl+Enter runs, Esc stops.</source>
        <translation>Was soll das Modell schreiben? Ctrl+Enter führt aus, Esc hält an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text that comes after the gap; the model writes what goes between</source>
        <translation>Text nach der Lücke; das Modell schreibt, was dazwischen gehört</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only models that can fill in the middle (code models like qwen2.5-coder) accept a suffix.</source>
        <translation>Nur Modelle, die die Mitte füllen können (Code-Modelle wie qwen2.5-coder), akzeptieren ein Suffix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: how the model should behave (replaces the model&apos;s own)</source>
        <translation>Optional: wie sich das Modell verhalten soll (ersetzt die eigene Anweisung des Modells)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you ask for; the model writes what follows.</source>
        <translation>Worum Sie bitten; das Modell schreibt, was darauf folgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suffi&amp;x</source>
        <translation>Suffi&amp;x</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For code models: the text after a gap, so the model fills in the middle.</source>
        <translation>Für Code-Modelle: der Text nach einer Lücke, damit das Modell die Mitte ausfüllt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the model should behave; empty keeps the model&apos;s own instructions.</source>
        <translation>Wie sich das Modell verhalten soll; leer lassen behält die eigenen Anweisungen des Modells.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raw mode: send the prompt exactly as typed</source>
        <translation>Rohmodus: den Prompt genau wie eingegeben senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw mode</source>
        <translation>Rohmodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skips the model&apos;s chat template, so you write the special tokens yourself. The server refuses raw mode together with a system prompt, a template or carried context, so those are switched off.</source>
        <translation>Überspringt die Chat-Vorlage des Modells, sodass Sie die Spezial-Tokens selbst schreiben. Der Server lehnt den Rohmodus zusammen mit Systemanweisung, Vorlage oder übernommenem Kontext ab, daher werden diese abgeschaltet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raw mode is on: the system prompt, the template and the carried context are not sent (the server would refuse them).</source>
        <translation>Der Rohmodus ist an: Systemanweisung, Vorlage und übernommener Kontext werden nicht gesendet (der Server würde sie ablehnen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Continue from the last response</source>
        <translation>An die letzte Antwort anknüpfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends the context the previous run returned, so the model remembers that exchange.</source>
        <translation>Sendet den Kontext, den der vorige Durchlauf zurückgab, damit sich das Modell an diesen Austausch erinnert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context carried</source>
        <translation>Übernommener Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the carried context</source>
        <translation>Den übernommenen Kontext vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the last response&apos;s context</source>
        <translation>Den Kontext der letzten Antwort vergessen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For experts: your text goes without the model&apos;s usual wrapping.</source>
        <translation>Für Fachleute: Ihr Text wird ohne die übliche Verpackung des Modells gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lets the model remember the previous run, like a short conversation.</source>
        <translation>Lässt das Modell sich an den vorigen Durchlauf erinnern, wie in einem kurzen Gespräch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text</source>
        <translation>Freier Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON matching a schema</source>
        <translation>JSON nach einem Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for JSON output, optionally of a given shape</source>
        <translation>JSON-Ausgabe anfordern, auf Wunsch in einer bestimmten Form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schema check</source>
        <translation>Schemaprüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About JSON</source>
        <translation>Zu JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small models often can&apos;t write valid JSON and keep going. Unless you set a reply length limit, the reply stops after {count} tokens.</source>
        <translation>Kleine Modelle schaffen oft kein gültiges JSON und schreiben immer weiter. Ohne eigene Längengrenze endet die Antwort nach {count} Tokens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free text, or JSON: data a program can read, in a shape you may give.</source>
        <translation>Freier Text oder JSON: Daten, die ein Programm lesen kann, auf Wunsch in einer vorgegebenen Form.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s default</source>
        <translation>Standard des Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low effort</source>
        <translation>Wenig Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium effort</source>
        <translation>Mittlerer Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High effort</source>
        <translation>Hoher Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum effort</source>
        <translation>Maximaler Aufwand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thinking models reason before answering; the reasoning shows in its own section. Low/Medium/High set how long they think, where the model supports it.</source>
        <translation>Denkende Modelle überlegen vor der Antwort; die Überlegungen erscheinen in einem eigenen Abschnitt. Wenig/Mittel/Hoch legt fest, wie lange sie nachdenken, wenn das Modell das unterstützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model doesn&apos;t think step by step.</source>
        <translation>Dieses Modell denkt nicht Schritt für Schritt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the model reasons before it answers: slower, often better.</source>
        <translation>Ob das Modell vor der Antwort nachdenkt: langsamer, oft besser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Thinking</source>
        <translation>&amp;Nachdenken</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add pictures for the model to look at</source>
        <translation>Bilder hinzufügen, die sich das Modell ansehen soll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove images</source>
        <translation>Bilder entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected images (or all)</source>
        <translation>Die ausgewählten Bilder (oder alle) entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This model can&apos;t look at images.</source>
        <translation>Dieses Modell kann keine Bilder ansehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures the model looks at along with the prompt.</source>
        <translation>Bilder, die sich das Modell zusammen mit dem Prompt ansieht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep model loaded</source>
        <translation>Modell geladen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server default (5m) — e.g. 300, 10m, -1</source>
        <translation>Serverstandard (5m) – z. B. 300, 10m, -1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the model stays in memory after this run: seconds (300), a duration (10m, 1h), 0 to unload at once, -1 to keep it loaded.</source>
        <translation>Wie lange das Modell nach diesem Durchlauf im Speicher bleibt: Sekunden (300), eine Dauer (10m, 1h), 0 zum sofortigen Entladen, -1, um es geladen zu lassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep loaded</source>
        <translation>&amp;Geladen lassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long the model stays in memory afterwards: empty for the server&apos;s 5 minutes, 0 to unload at once, -1 to keep it.</source>
        <translation>Wie lange das Modell danach im Speicher bleibt: leer für die 5 Minuten des Servers, 0 zum sofortigen Entladen, -1, um es zu behalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream the answer as it is written</source>
        <translation>Die Antwort beim Schreiben mitverfolgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>Streamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: wait and get the whole answer at once</source>
        <translation>Aus: warten und die ganze Antwort auf einmal erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On: words appear as they are written. Off: the answer comes whole.</source>
        <translation>An: Die Wörter erscheinen, während sie geschrieben werden. Aus: Die Antwort kommt am Stück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show how sure the model was</source>
        <translation>Zeigen, wie sicher sich das Modell war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log probabilities</source>
        <translation>Log-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asks for each token&apos;s probability: the output can then be tinted by certainty, with the likeliest alternatives on hover.</source>
        <translation>Fragt die Wahrscheinlichkeit jedes Tokens ab: Die Ausgabe lässt sich dann nach Sicherheit einfärben, mit den wahrscheinlichsten Alternativen beim Darüberfahren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternatives per token</source>
        <translation>Alternativen pro Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many alternatives to show per token (0–20)</source>
        <translation>Wie viele Alternativen pro Token gezeigt werden (0–20)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alternatives:</source>
        <translation>Alternativen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tints each word by how sure the model was, with its alternatives on hover.</source>
        <translation>Färbt jedes Wort danach ein, wie sicher sich das Modell war; beim Darüberfahren erscheinen die Alternativen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template override</source>
        <translation>Eigene Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go template; empty = the model&apos;s own</source>
        <translation>Go-Vorlage; leer = die des Modells</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cut a too-long prompt to fit</source>
        <translation>Einen zu langen Prompt passend kürzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncate</source>
        <translation>Kürzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On (the default): a prompt longer than the context loses its start. Off: the server refuses it instead.</source>
        <translation>An (Standard): Ein Prompt, der länger als der Kontext ist, verliert seinen Anfang. Aus: Der Server lehnt ihn stattdessen ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make room when the context fills up</source>
        <translation>Platz schaffen, wenn der Kontext voll ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On (the default): a long answer drops the oldest tokens to keep going. Off: it stops when the context is full.</source>
        <translation>An (Standard): Eine lange Antwort verwirft die ältesten Tokens, um weiterzumachen. Aus: Sie endet, wenn der Kontext voll ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Te&amp;mplate</source>
        <translation>Vor&amp;lage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wrapping put around your text; empty keeps the model&apos;s own.</source>
        <translation>Die Verpackung um Ihren Text; leer lassen behält die des Modells.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A prompt too long for the model loses its start instead of failing.</source>
        <translation>Ein für das Modell zu langer Prompt verliert seinen Anfang, statt zu scheitern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A long answer forgets its oldest part to keep going, not stop.</source>
        <translation>Eine lange Antwort vergisst ihren ältesten Teil, um weiterzumachen, statt anzuhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Advanced: template, context handling and all model options</source>
        <translation>Erweitert: Vorlage, Kontextbehandlung und alle Modelloptionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} changed</source>
        <translation>{count} geändert</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Write a JSON schema, or choose plain JSON.</source>
        <translation>Schreiben Sie ein JSON-Schema oder wählen Sie einfaches JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Valid JSON</source>
        <translation>✓ Gültiges JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing to continue from yet</source>
        <translation>noch nichts zum Anknüpfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="-9"/>
        <source>%Ln token(s) kept, not sent in raw mode</source>
        <translation>
            <numerusform>%Ln Token gemerkt, im Rohmodus nicht gesendet</numerusform>
            <numerusform>%Ln Tokens gemerkt, im Rohmodus nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln token(s) will be sent</source>
        <translation>
            <numerusform>%Ln Token wird gesendet</numerusform>
            <numerusform>%Ln Tokens werden gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln token(s) from the last run</source>
        <translation>
            <numerusform>%Ln Token aus dem letzten Lauf</numerusform>
            <numerusform>%Ln Tokens aus dem letzten Lauf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generate/request_form.py" line="+15"/>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../desktop/ui/generate/result_view.py" line="+59"/>
        <location line="+55"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a model, write a prompt and press Run.</source>
        <translation>Wählen Sie ein Modell, schreiben Sie einen Prompt und klicken Sie auf „Ausführen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run status</source>
        <translation>Status des Durchlaufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show output as</source>
        <translation>Ausgabe zeigen als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formatted (markdown)</source>
        <translation>Formatiert (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tinted by certainty</source>
        <translation>Nach Sicherheit eingefärbt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain text shows exactly what the model wrote. Formatted and tinted views appear when the run ends; tinting needs “Show how sure the model was”.</source>
        <translation>Reiner Text zeigt genau, was das Modell geschrieben hat. Formatierte und eingefärbte Ansichten erscheinen am Ende des Durchlaufs; das Einfärben braucht „Zeigen, wie sicher sich das Modell war“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download the model</source>
        <translation>Das Modell herunterladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the thinking</source>
        <translation>Die Überlegungen zeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model&apos;s answer appears here.</source>
        <translation>Hier erscheint die Antwort des Modells.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output as formatted text</source>
        <translation>Ausgabe als formatierter Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output tinted by certainty</source>
        <translation>Ausgabe nach Sicherheit eingefärbt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Green: the model was sure of that word; yellow to red: less and less sure. Hover a word to see the alternatives it weighed.</source>
        <translation>Grün: Das Modell war sich bei dem Wort sicher; Gelb bis Rot: immer weniger sicher. Fahren Sie über ein Wort, um die erwogenen Alternativen zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON check</source>
        <translation>JSON-Prüfung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run figures</source>
        <translation>Zahlen zum Durchlauf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show as:</source>
        <translation>Zeigen als:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exact request body appears here when you run.</source>
        <translation>Hier erscheint der genaue Inhalt der Anfrage, wenn Sie ausführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Copy the request</source>
        <translation>Die Anfrage kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a curl command that sends this request to the current server</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage an den aktuellen Server sendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body sent to /api/generate, exactly:</source>
        <translation>Der genaue Inhalt, der an /api/generate gesendet wurde:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Final response</source>
        <translation>Endgültige Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The final response appears after a run.</source>
        <translation>Die endgültige Antwort erscheint nach einem Durchlauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the response</source>
        <translation>Die Antwort kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s final answer, with the streamed text joined into “response”:</source>
        <translation>Die endgültige Antwort des Servers, mit dem gestreamten Text zusammengefügt in „response“:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run history</source>
        <translation>Verlauf der Durchläufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show result</source>
        <translation>Ergebnis zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected run&apos;s result</source>
        <translation>Das Ergebnis des gewählten Durchlaufs zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit again</source>
        <translation>Erneut bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected run&apos;s request back in the form</source>
        <translation>Die Anfrage des gewählten Durchlaufs zurück ins Formular holen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare two</source>
        <translation>Zwei vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two runs</source>
        <translation>Zwei Durchläufe vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session&apos;s runs, newest first (the last 20). Double-click one to see its result; select two to compare them side by side.</source>
        <translation>Die Durchläufe dieser Sitzung, neueste zuerst (die letzten 20). Doppelklicken Sie auf einen, um sein Ergebnis zu sehen; wählen Sie zwei, um sie nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Waiting for the model (loading it can take a while)…</source>
        <translation>Warten auf das Modell (das Laden kann eine Weile dauern)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{tokens} tokens, read at {rate} tokens/s</source>
        <translation>{tokens} Tokens, gelesen mit {rate} Tokens/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tokens} tokens, written at {rate} tokens/s</source>
        <translation>{tokens} Tokens, geschrieben mit {rate} Tokens/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model</source>
        <translation>Laden des Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it stopped</source>
        <translation>Warum es endete</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Valid JSON that matches the schema</source>
        <translation>✓ Gültiges JSON, das zum Schema passt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Valid JSON</source>
        <translation>✓ Gültiges JSON</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download {model}</source>
        <translation>{model} herunterladen</translation>
    </message>
</context>
<context>
    <name>RunningModelsPanel</name>
    <message>
        <location filename="../../desktop/ui/models/running_panel.py" line="+59"/>
        <source>Models in memory</source>
        <translation>Modelle im Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unloads</source>
        <translation>Wird entladen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No model is in memory right now. A model loads when you chat with it and unloads by itself after a few idle minutes.</source>
        <translation>Gerade ist kein Modell im Speicher. Ein Modell wird geladen, wenn Sie damit chatten, und nach einigen Minuten ohne Nutzung von selbst entladen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Models loaded in memory answer at once. Unload one to free memory for other programs.</source>
        <translation>Geladene Modelle antworten sofort. Entladen Sie eines, um Speicher für andere Programme freizugeben.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{gpu} in graphics memory</source>
        <translation>{gpu} im Grafikspeicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the conversation it can keep in mind, as loaded now</source>
        <translation>Wie viel vom Gespräch es im Gedächtnis behalten kann, so wie es gerade geladen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unload</source>
        <translation>Entladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unload {name}</source>
        <translation>{name} entladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free this model&apos;s memory now</source>
        <translation>Den Speicher dieses Modells jetzt freigeben</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <location filename="../../desktop/ui/common/safe_text.py" line="+56"/>
        <source>This text is very long, so it is shown as plain text, without formatting.</source>
        <translation>Dieser Text ist sehr lang und wird deshalb als reiner Text ohne Formatierung angezeigt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your web browser?

{url}</source>
        <translation>Diese Adresse im Webbrowser öffnen?

{url}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/ui/common/server_dialog.py" line="+39"/>
        <source>Line {number} should look like “Name: value”.</source>
        <translation>Zeile {number} sollte so aussehen: „Name: Wert“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an Ollama server</source>
        <translation>Einen Ollama-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this Ollama server</source>
        <translation>Diesen Ollama-Server bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Office GPU box</source>
        <translation>z. B. GPU-Rechner im Büro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for ollama.com or a proxy that asks</source>
        <translation>nur für ollama.com oder einen Proxy, der danach fragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>Das Zertifikat des Servers prüfen (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check TLS certificate</source>
        <translation>TLS-Zertifikat prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in Ollama&apos;s cloud</source>
        <translation>Ollama-Cloud eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Ollama cloud template</source>
        <translation>Die Vorlage für die Ollama-Cloud verwenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The API key and the headers are kept in your system&apos;s keyring, never in Paddock&apos;s files, and are sent only to this server.</source>
        <translation>Der API-Schlüssel und die Header werden im Schlüsselbund Ihres Systems aufbewahrt, nie in Paddocks Dateien, und nur an diesen Server gesendet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <location filename="../../desktop/ui/common/server_picker.py" line="+40"/>
        <source>Ollama server</source>
        <translation>Ollama-Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit this server</source>
        <translation>Diesen Server bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Change this server&apos;s name, address or key</source>
        <translation>Name, Adresse oder Schlüssel dieses Servers ändern</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Remove this server</source>
        <translation>Diesen Server entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Remove this server from the list (your chats stay)</source>
        <translation>Diesen Server aus der Liste entfernen (Ihre Chats bleiben erhalten)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Add a server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock talks to the Ollama server at {url}</source>
        <translation>Paddock spricht mit dem Ollama-Server unter {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Ollama server Paddock talks to</source>
        <translation>Mit welchem Ollama-Server Paddock spricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This address was given when Paddock started; it isn&apos;t saved.</source>
        <translation>Diese Adresse wurde beim Start von Paddock angegeben; sie wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the only server, so it can&apos;t be removed.</source>
        <translation>Dies ist der einzige Server, daher kann er nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../desktop/services/server_monitor.py" line="+121"/>
        <source>Can&apos;t reach Ollama at {url}: something unexpected went wrong.</source>
        <translation>Ollama unter {url} ist nicht erreichbar: Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
</context>
<context>
    <name>ServerStatusWidget</name>
    <message>
        <location filename="../../desktop/ui/common/status_bar.py" line="+23"/>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection indicator</source>
        <translation>Verbindungsanzeige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the Ollama server…</source>
        <translation>Der Ollama-Server wird geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry connecting to Ollama</source>
        <translation>Erneut mit Ollama verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again now whether Ollama answers</source>
        <translation>Jetzt erneut prüfen, ob Ollama antwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Ollama</source>
        <translation>Ollama starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Ollama on this computer</source>
        <translation>Ollama auf diesem Computer starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ollama is installed here but not running: start it now</source>
        <translation>Ollama ist hier installiert, läuft aber nicht: jetzt starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to ollama.com</source>
        <translation>Bei ollama.com anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server needs you to sign in to ollama.com first</source>
        <translation>Dieser Server verlangt zuerst eine Anmeldung bei ollama.com</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected to Ollama {version} at {url}</source>
        <translation>Verbunden mit Ollama {version} unter {url}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach Ollama at {url}</source>
        <translation>Ollama unter {url} ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the Ollama server at {url}…</source>
        <translation>Der Ollama-Server unter {url} wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <location filename="../../desktop/services/servers.py" line="+155"/>
        <source>Some saved servers could not be read and were removed: {names}. Add them again in Settings if you need them.</source>
        <translation>Einige gespeicherte Server ließen sich nicht lesen und wurden entfernt: {names}. Fügen Sie sie in den Einstellungen erneut hinzu, wenn Sie sie brauchen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“{name}” already uses this address. Choose that server instead, or type another address.</source>
        <translation>„{name}“ verwendet diese Adresse bereits. Wählen Sie stattdessen diesen Server oder geben Sie eine andere Adresse ein.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>At least one server must stay.</source>
        <translation>Mindestens ein Server muss bleiben.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/dialog.py" line="+46"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Takes effect the next time Paddock starts.</source>
        <translation>Gilt ab dem nächsten Start von Paddock.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text &amp;size</source>
        <translation>Schrift&amp;größe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a chat message with</source>
        <translation>Chatnachricht senden mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (Shift+Enter for a new line)</source>
        <translation>Enter (Shift+Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter (Enter for a new line)</source>
        <translation>Ctrl+Enter (Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;with</source>
        <translation>Senden &amp;mit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default model for new chats</source>
        <translation>Standardmodell für neue Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. llama3.2 — empty: the first installed</source>
        <translation>z. B. llama3.2 – leer: das erste installierte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;model</source>
        <translation>Standardm&amp;odell</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Keep models loaded for</source>
        <translation>Modelle geladen lassen für</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ollama&apos;s default (5m); -1 = always</source>
        <translation>Standard von Ollama (5m); -1 = immer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stay loaded for 5 minutes</source>
        <translation>5 Minuten geladen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay loaded until Ollama stops</source>
        <translation>Geladen lassen, bis Ollama beendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unload after each reply</source>
        <translation>Nach jeder Antwort entladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Keep models loaded</source>
        <translation>Modelle geladen &amp;lassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings for new chats…</source>
        <translation>Einstellungen für neue Chats…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings every new chat starts with</source>
        <translation>Einstellungen, mit denen jeder neue Chat beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt, creativity and other settings every new chat starts with</source>
        <translation>Die Systemanweisung, Kreativität und weitere Einstellungen, mit denen jeder neue Chat beginnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New chats</source>
        <translation>Neue Chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell me when a reply or download finishes while Paddock is in the background</source>
        <translation>Benachrichtigen, wenn im Hintergrund eine Antwort oder ein Download fertig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show technical details (token counts and speeds)</source>
        <translation>Technische Details zeigen (Token, Tempo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show technical details</source>
        <translation>Technische Details zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For people who know Ollama: figures in tokens, every model option under its own name, and a model&apos;s template and Modelfile</source>
        <translation>Für alle, die Ollama kennen: Zahlen in Token, jede Modelloption unter ihrem eigenen Namen sowie Vorlage und Modelfile eines Modells</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for newer versions of my models once a day</source>
        <translation>Täglich nach neuen Modellversionen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for model updates daily</source>
        <translation>Täglich nach Modell-Updates suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only checks, never downloads: updating stays your click in the Models tab</source>
        <translation>Sucht nur, lädt nie herunter: Aktualisiert wird erst auf Ihren Klick im Modelle-Tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model updates</source>
        <translation>Modell-Updates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloads at the same time</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Downloads at once</source>
        <translation>Do&amp;wnloads gleichzeitig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up all chats…</source>
        <translation>Alle Chats sichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up all chats to one file</source>
        <translation>Alle Chats in einer Datei sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every chat in a single file</source>
        <translation>Jeden Chat in einer einzigen Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore chats from a backup</source>
        <translation>Chats aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every chat with those in a backup file</source>
        <translation>Alle Chats durch die aus einer Sicherungsdatei ersetzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes apply at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Back up all chats</source>
        <translation>Alle Chats sichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Paddock backup (*.paddock-backup)</source>
        <translation>Paddock-Sicherung (*.paddock-backup)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Paddock chats {date}</source>
        <translation>Paddock-Chats {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore chats</source>
        <translation>Chats wiederherstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore chats?</source>
        <translation>Chats wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every chat with the ones in {name}?</source>
        <translation>Alle Chats durch die in {name} ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up your current chats first if you may want them.</source>
        <translation>Sichern Sie zuerst Ihre aktuellen Chats, falls Sie sie noch brauchen könnten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="+23"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search all chats (on the Models tab: filter the models)</source>
        <translation>Alle Chats durchsuchen (im Tab „Modelle“: Modelle filtern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models tab: type a model to download</source>
        <translation>Tab „Modelle“: ein Modell zum Herunterladen eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat tab</source>
        <translation>Tab „Chat“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models tab</source>
        <translation>Tab „Modelle“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate tab</source>
        <translation>Tab „Generieren“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the message (Shift+Enter adds a line; swappable in Settings)</source>
        <translation>Nachricht senden (Shift+Enter fügt eine Zeile ein; in den Einstellungen tauschbar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the reply being written</source>
        <translation>Die entstehende Antwort anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the request in the Generate tab</source>
        <translation>Die Anfrage im Tab „Generieren“ ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list of shortcuts</source>
        <translation>Diese Liste der Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../desktop/ui/single_instance.py" line="+42"/>
        <source>Another Paddock is already using this folder: {folder}. Switch to that window, or close it and start Paddock again.</source>
        <translation>Ein anderes Paddock benutzt diesen Ordner bereits: {folder}. Wechseln Sie zu jenem Fenster oder schließen Sie es und starten Sie Paddock erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paddock is already open with this folder ({folder}); its window was brought to the front.</source>
        <translation>Paddock ist mit diesem Ordner ({folder}) bereits geöffnet; sein Fenster wurde nach vorn geholt.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../desktop/storage/backup.py" line="+64"/>
        <source>The backup could not be written to {path}.</source>
        <translation>Die Sicherung konnte nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no backup file at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup {path} cannot be opened.</source>
        <translation>Die Sicherung {path} lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a Paddock backup (or it is damaged).</source>
        <translation>{name} ist keine Paddock-Sicherung (oder sie ist beschädigt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This backup was made by a newer version of Paddock. Update Paddock to restore it.</source>
        <translation>Diese Sicherung wurde von einer neueren Version von Paddock erstellt. Aktualisieren Sie Paddock, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a Paddock backup.</source>
        <translation>{name} ist keine Paddock-Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {name} is damaged.</source>
        <translation>Die Sicherung {name} ist beschädigt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+24"/>
        <source>Restoring from {name} failed.</source>
        <translation>Die Wiederherstellung aus {name} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/database.py" line="+46"/>
        <source>The disk is full — Paddock can&apos;t save. Free some space; nothing written so far is lost.</source>
        <translation>Der Datenträger ist voll – Paddock kann nicht speichern. Geben Sie etwas Speicherplatz frei; nichts bisher Geschriebene geht verloren.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This chat history was saved by a newer version of Paddock. Update Paddock to open it.</source>
        <translation>Dieser Chatverlauf wurde von einer neueren Version von Paddock gespeichert. Aktualisieren Sie Paddock, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The disk is full, so Paddock can&apos;t open your chats. Nothing in them is lost: free some space, then start Paddock again.</source>
        <translation>Der Datenträger ist voll, daher kann Paddock Ihre Chats nicht öffnen. Nichts darin geht verloren: Geben Sie etwas Speicherplatz frei und starten Sie Paddock dann neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paddock can&apos;t open its chat history at {path}.</source>
        <translation>Paddock kann seinen Chatverlauf unter {path} nicht öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paddock&apos;s chat history at {path} is damaged or is not a Paddock file.</source>
        <translation>Der Chatverlauf von Paddock unter {path} ist beschädigt oder keine Paddock-Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/exchange.py" line="-372"/>
        <source>{name} is nested too deeply to be a Paddock chat, so it could not be imported. Nothing was changed.</source>
        <translation>{name} ist zu tief verschachtelt, um ein Paddock-Chat zu sein, daher konnte er nicht importiert werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} holds a number Paddock can&apos;t store (such as NaN or 1e999), so it could not be imported. Nothing was changed.</source>
        <translation>{name} enthält eine Zahl, die Paddock nicht speichern kann (etwa NaN oder 1e999), daher konnte er nicht importiert werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file is not a chat exported from Paddock.</source>
        <translation>Diese Datei ist kein aus Paddock exportierter Chat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This chat was exported by a newer version of Paddock. Update Paddock to import it.</source>
        <translation>Dieser Chat wurde von einer neueren Version von Paddock exportiert. Aktualisieren Sie Paddock, um ihn zu importieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full, so the chat could not be imported. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte der Chat nicht importiert werden. Nichts wurde geändert; geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chat could not be imported because the data folder {folder} can&apos;t be written to. Nothing was changed; make the folder writable and try again.</source>
        <translation>Der Chat konnte nicht importiert werden, weil in den Datenordner {folder} nicht geschrieben werden kann. Nichts wurde geändert; machen Sie den Ordner beschreibbar und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paddock couldn&apos;t save the imported chat. Nothing was changed.</source>
        <translation>Paddock konnte den importierten Chat nicht speichern. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This chat file has two messages with the same id ({id}), so it could not be imported. Nothing was changed.</source>
        <translation>Diese Chat-Datei hat zwei Nachrichten mit derselben ID ({id}), daher konnte sie nicht importiert werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This chat file is damaged or incomplete, so it could not be imported.</source>
        <translation>Diese Chat-Datei ist beschädigt oder unvollständig und konnte daher nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>ThinkingSection</name>
    <message>
        <location filename="../../desktop/ui/chat/thinking_section.py" line="+33"/>
        <source>The model&apos;s thinking</source>
        <translation>Die Überlegungen des Modells</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the thinking</source>
        <translation>Die Überlegungen zeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinking… {time}</source>
        <translation>Denkt nach… {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {time}</source>
        <translation>{time} nachgedacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thoughts</source>
        <translation>Überlegungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the model thought before answering. Click to show or hide it.</source>
        <translation>Was das Modell vor der Antwort überlegt hat. Zum Zeigen oder Verbergen klicken.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>… {count} more characters of thinking are not shown.</source>
        <translation>… {count} weitere Zeichen der Überlegungen werden nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>ThumbnailRow</name>
    <message>
        <location filename="../../desktop/ui/chat/attachments.py" line="-65"/>
        <location line="+1"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../desktop/ui/chat/transcript.py" line="+54"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>↓ Jump to the latest</source>
        <translation>↓ Zum Neuesten springen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to the end and follow the reply again</source>
        <translation>Ans Ende blättern und der Antwort wieder folgen</translation>
    </message>
</context>
<context>
    <name>UpdatesBar</name>
    <message>
        <location filename="../../desktop/ui/models/updates_bar.py" line="+23"/>
        <location line="+2"/>
        <source>Check for updates</source>
        <translation>Nach Updates suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask each model&apos;s registry whether a newer version exists. Nothing is downloaded until you click Update.</source>
        <translation>Bei der Registry jedes Modells nachfragen, ob es eine neuere Version gibt. Heruntergeladen wird erst, wenn Sie auf „Update laden“ klicken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update</source>
        <translation>Update laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update this model</source>
        <translation>Dieses Modell aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the newer version of the selected model</source>
        <translation>Die neuere Version des ausgewählten Modells herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update all</source>
        <translation>Alle Updates laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update all models</source>
        <translation>Alle Modelle aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the newer version of every model that has one</source>
        <translation>Die neuere Version jedes Modells herunterladen, das eine hat</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <location filename="../../desktop/ui/models/disk_usage.py" line="-53"/>
        <source>{name}: {size}</source>
        <translation>{name}: {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>others: {size}</source>
        <translation>andere: {size}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../desktop/formats.py" line="+146"/>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="-19"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/formats.py" line="+11"/>
        <source>{milliseconds} ms</source>
        <translation>{milliseconds} ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/formats.py" line="+28"/>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+48"/>
        <location line="+9"/>
        <location filename="../../desktop/ui/common/words.py" line="+38"/>
        <location line="+19"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="+1"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/formats.py" line="+30"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{share} GPU</source>
        <translation>{share} GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} CPU</source>
        <translation>{share} CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gpu} GPU, {cpu} CPU</source>
        <translation>{gpu} GPU, {cpu} CPU</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{count}K tokens</source>
        <translation>{count}K Tokens</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>stays loaded</source>
        <translation>bleibt geladen</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>unloading now</source>
        <translation>wird gerade entladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unloads in {time}</source>
        <translation>wird in {time} entladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/words.py" line="-31"/>
        <source>writes text</source>
        <translation>schreibt Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sees images</source>
        <translation>sieht Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses tools</source>
        <translation>nutzt Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thinks step by step</source>
        <translation>denkt Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>makes embeddings (for search)</source>
        <translation>erzeugt Embeddings (für die Suche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fills in the middle (code)</source>
        <translation>füllt die Mitte aus (Code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hears audio</source>
        <translation>hört Audio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chat</source>
        <translation>Chatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>using tools</source>
        <translation>Werkzeuge benutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sound</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Memory (tokens)</source>
        <translation>Gedächtnis (Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply length limit (num_predict)</source>
        <translation>Längenbegrenzung der Antwort (num_predict)</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+18"/>
        <source>thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creativity (temperature)</source>
        <translation>Kreativität (temperature)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word choice breadth (top_p)</source>
        <translation>Breite der Wortwahl (top_p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words considered (top_k)</source>
        <translation>Betrachtete Wörter (top_k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum likelihood (min_p)</source>
        <translation>Mindestwahrscheinlichkeit (min_p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid repeating (repeat_penalty)</source>
        <translation>Wiederholungen vermeiden (repeat_penalty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look-back for repeats (repeat_last_n)</source>
        <translation>Rückblick für Wiederholungen (repeat_last_n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at</source>
        <translation>Anhalten bei</translation>
    </message>
    <message>
        <location filename="../../desktop/services/servers.py" line="-208"/>
        <location line="+8"/>
        <location filename="../../desktop/ui/common/words.py" line="+8"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../desktop/app.py" line="+140"/>
        <source>Paddock can&apos;t write to its data folder {folder}. Make the folder writable, or start Paddock with --data-dir and another folder.</source>
        <translation>Paddock kann nicht in seinen Datenordner {folder} schreiben. Machen Sie den Ordner beschreibbar oder starten Sie Paddock mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>Paddock couldn&apos;t start</source>
        <translation>Paddock konnte nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock couldn&apos;t start. {reason}</source>
        <translation>Paddock konnte nicht starten. {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paddock</source>
        <translation>Paddock</translation>
    </message>
</context>
</TS>
