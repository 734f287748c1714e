<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../desktop/ui/chat/attachments.py" line="+50"/>
        <location line="+17"/>
        <source>This image is larger than 25 MB. Use a smaller one.</source>
        <translation>Esta imagen ocupa más de 25 MB. Usa una más pequeña.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This file isn&apos;t an image Paddock can read.</source>
        <translation>Este archivo no es una imagen que Paddock pueda leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That isn&apos;t a file Paddock can attach.</source>
        <translation>Eso no es un archivo que Paddock pueda adjuntar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only images from this computer can be attached.</source>
        <translation>Solo se pueden adjuntar imágenes de este equipo.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/catalog_view.py" line="+77"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits this computer?</source>
        <translation>¿Cabe en este equipo?</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>  ✓ installed</source>
        <translation>  ✓ instalado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{params} parameters, memory up to {context}</source>
        <translation>{params} parámetros, memoria de hasta {context}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested by your Ollama server. {facts}</source>
        <translation>Sugerido por tu servidor de Ollama. {facts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing big is downloaded: the model runs on Ollama&apos;s computers.</source>
        <translation>No se descarga nada grande: el modelo se ejecuta en los ordenadores de Ollama.</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location line="+51"/>
        <source>Model catalogue</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Popular models from the Ollama library. Pick one and press Download. Smaller models are faster; bigger ones are smarter but need more memory.</source>
        <translation>Modelos populares de la biblioteca de Ollama. Elige uno y pulsa Descargar. Los modelos pequeños son más rápidos; los grandes son más inteligentes, pero necesitan más memoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the models run</source>
        <translation>Dónde se ejecutan los modelos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs on this computer</source>
        <translation>Se ejecuta en este ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded once, then they work without internet</source>
        <translation>Se descargan una vez y luego funcionan sin internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs in Ollama&apos;s cloud (needs an ollama.com account)</source>
        <translation>Se ejecuta en la nube de Ollama (necesita una cuenta de ollama.com)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very large models that run on Ollama&apos;s computers: your messages go to ollama.com, and your Ollama server must be signed in there</source>
        <translation>Modelos muy grandes que se ejecutan en los ordenadores de Ollama: tus mensajes van a ollama.com y tu servidor de Ollama debe tener la sesión iniciada allí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested by your Ollama server</source>
        <translation>Sugeridos por tu servidor de Ollama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested models</source>
        <translation>Modelos sugeridos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the catalogue</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search, e.g. “code”, “small”, “llama”…</source>
        <translation>Buscar, p. ej., «code», «small», «llama»…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by ability</source>
        <translation>Filtrar por capacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any ability</source>
        <translation>Cualquier capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sees images (vision)</source>
        <translation>Ve imágenes (visión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses tools</source>
        <translation>Usa herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinks step by step</source>
        <translation>Piensa paso a paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embeddings for search</source>
        <translation>Embeddings para búsquedas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes code</source>
        <translation>Escribe código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only models that can do this</source>
        <translation>Mostrar solo los modelos que pueden hacerlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalogue models</source>
        <translation>Modelos del catálogo</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+136"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Download the selected model (Enter)</source>
        <translation>Descargar el modelo seleccionado (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sizes are approximate. {problem}</source>
        <translation>Los tamaños son aproximados. {problem}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ollama can&apos;t be reached, so nothing can be downloaded now. Start Ollama, or choose another server at the bottom of the window.</source>
        <translation>No se puede contactar con Ollama, así que ahora no se puede descargar nada. Inicia Ollama o elige otro servidor en la parte inferior de la ventana.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} — {description} ({fit})</source>
        <translation>{name} — {description} ({fit})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{why} Double-click to download.</source>
        <translation>{why} Haz doble clic para descargarlo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select a model to see whether it fits.</source>
        <translation>Selecciona un modelo para ver si cabe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} ({params} parameters, {size}): {summary}. {why}</source>
        <translation>{name} ({params} parámetros, {size}): {summary}. {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: {summary}. {why}</source>
        <translation>{name}: {summary}. {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download {name}</source>
        <translation>Descargar {name}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Download {name} again</source>
        <translation>Volver a descargar {name}</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../../desktop/services/chat/errors.py" line="+18"/>
        <source>Wait for the reply to finish, or stop it, first.</source>
        <translation>Espera a que termine la respuesta o detenla primero.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/chat/records.py" line="+40"/>
        <location line="+6"/>
        <source>This chat no longer exists.</source>
        <translation>Este chat ya no existe.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../../desktop/services/chat/session.py" line="+176"/>
        <source>Write a message first.</source>
        <translation>Escribe primero un mensaje.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+5"/>
        <location line="+57"/>
        <source>There is no message to reply to.</source>
        <translation>No hay ningún mensaje al que responder.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Only your own messages can be edited.</source>
        <translation>Solo se pueden editar tus propios mensajes.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a model for this chat first.</source>
        <translation>Elige primero un modelo para este chat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That message no longer exists.</source>
        <translation>Ese mensaje ya no existe.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/chat/memory/summary.py" line="+64"/>
        <source>A summary of the earlier chat this one continues:</source>
        <translation>Un resumen del chat anterior que este continúa:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
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
        <translation>{name} no es un chat exportado por Paddock.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup couldn&apos;t be written: {reason}</source>
        <translation>No se pudo escribir la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All chats were saved to {path}</source>
        <translation>Todos los chats se guardaron en {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chats restored from {name}</source>
        <translation>Chats restaurados desde {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chats restored from {name}. Restart Paddock to open them.</source>
        <translation>Chats restaurados desde {name}. Reinicia Paddock para abrirlos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats restored from {name}. The chat file that couldn&apos;t be opened was kept as {kept}. Restart Paddock to open the restored chats.</source>
        <translation>Chats restaurados desde {name}. El archivo de chats que no se pudo abrir se guardó como {kept}. Reinicia Paddock para abrir los chats restaurados.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chat couldn&apos;t be saved to {path}: {reason}</source>
        <translation>No se pudo guardar el chat en {path}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ChatMemory</name>
    <message>
        <location filename="../../desktop/ui/chat/memory_meter.py" line="+28"/>
        <source>this chat&apos;s settings</source>
        <translation>los ajustes de este chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model as Ollama has loaded it</source>
        <translation>el modelo tal como lo ha cargado Ollama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s own settings</source>
        <translation>los ajustes propios del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ollama&apos;s default for this version</source>
        <translation>el valor predeterminado de Ollama para esta versión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/memory_control.py" line="+50"/>
        <source>Open the linked chat</source>
        <translation>Abrir el chat enlazado</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>{model} can keep at most {size} in mind, and this chat needs more. Summarize and continue instead.</source>
        <translation>{model} puede recordar como máximo {size}, y este chat necesita más. Elige en su lugar «Resumir y seguir».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remembering {size} needs about {extra} more memory, but this computer has {free} free. Summarize and continue instead, or close other programs.</source>
        <translation>Recordar {size} necesita unos {extra} más de memoria, pero este ordenador solo tiene {free} libres. Elige en su lugar «Resumir y seguir» o cierra otros programas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It needs about {extra} more memory; this computer has {free} free.</source>
        <translation>Necesita unos {extra} más de memoria; este ordenador tiene {free} libres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It needs about {extra} more memory on the server.</source>
        <translation>Necesita unos {extra} más de memoria en el servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is the most this model was trained for.</source>
        <translation>Es el máximo para el que se entrenó este modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model reloads with your next message.</source>
        <translation>El modelo se vuelve a cargar con tu próximo mensaje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remember more: {size} for this chat.</source>
        <translation>Recordar más: {size} para este chat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember more: {model} keeps twice as much of this chat in mind.</source>
        <translation>Recordar más: {model} recuerda el doble de este chat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember more: {model} keeps {factor} times as much of this chat in mind.</source>
        <translation>Recordar más: {model} recuerda {factor} veces más de este chat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember more: {model} keeps more of this chat in mind.</source>
        <translation>Recordar más: {model} recuerda más de este chat.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{model} now keeps up to {size} of this chat in mind. It reloads with your next message.</source>
        <translation>{model} ahora recuerda hasta {size} de este chat. Se vuelve a cargar con tu próximo mensaje.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The summary was cancelled; this chat is unchanged.</source>
        <translation>Se canceló el resumen; este chat no ha cambiado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary could not be written: {reason}</source>
        <translation>No se pudo escribir el resumen: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model wrote no summary. Try again, or continue.</source>
        <translation>El modelo no escribió ningún resumen. Vuelve a intentarlo o continúa.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Continued in a new chat →</source>
        <translation>Continúa en un chat nuevo →</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Continues an earlier chat</source>
        <translation>← Continúa un chat anterior</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <location filename="../../desktop/ui/chat/options_dialog.py" line="+45"/>
        <source>Creativity (temperature)</source>
        <translation>Creatividad (temperatura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply length limit (num_predict)</source>
        <translation>Límite de longitud de la respuesta (num_predict)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed (repeatable answers)</source>
        <translation>Semilla (respuestas repetibles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creativity</source>
        <translation>Creatividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply length limit</source>
        <translation>Límite de longitud de la respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stops a reply once it is this long, counted in word pieces (a word is one to three).</source>
        <translation>Detiene una respuesta cuando llega a esta longitud, contada en trozos de palabra (una palabra tiene de uno a tres).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server&apos;s default (5 minutes)</source>
        <translation>Valor del servidor (5 minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until Ollama stops</source>
        <translation>Hasta que Ollama se detenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unload right after each reply</source>
        <translation>Descargar justo después de cada respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay loaded for 5 minutes</source>
        <translation>Mantener cargado 5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay loaded until Ollama stops</source>
        <translation>Mantener cargado hasta que Ollama se detenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unload after each reply</source>
        <translation>Liberar tras cada respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s default</source>
        <translation>Valor del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, brief (low)</source>
        <translation>Activado, breve (low)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, medium</source>
        <translation>Activado, medio (medium)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, thorough (high)</source>
        <translation>Activado, a fondo (high)</translation>
    </message>
</context>
<context>
    <name>ChatOptionsDialog</name>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>Chat settings</source>
        <translation>Ajustes del chat</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Instructions the model follows for this whole chat, e.g. “Answer briefly, in French.”</source>
        <translation>Instrucciones que el modelo sigue durante todo el chat, p. ej., «Responde brevemente, en francés.»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s own: {text}</source>
        <translation>Las del modelo: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instructions: the model behaves as it was made to.</source>
        <translation>Sin instrucciones: el modelo se comporta tal como fue creado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>Keep the model loaded</source>
        <translation>Mantener el modelo cargado</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How long the model stays in memory after a reply. Longer means the next reply starts at once, but the memory stays taken.</source>
        <translation>Cuánto tiempo se queda el modelo en memoria tras una respuesta. Más tiempo significa que la siguiente respuesta empieza enseguida, pero la memoria sigue ocupada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the model loaded for (a value)</source>
        <translation>Mantener el modelo cargado durante (un valor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or a value, e.g. 300, 10m, -1</source>
        <translation>o un valor, p. ej., 300, 10m, -1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds (300), a duration (10m, 1h), 0 to unload at once or -1 to keep it loaded; when filled in, it wins over the choice beside it.</source>
        <translation>Segundos (300), una duración (10m, 1h), 0 para liberarlo enseguida o -1 para mantenerlo cargado; si lo rellenas, tiene prioridad sobre la opción de al lado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Whether the model thinks step by step before answering (slower, often better). The levels work on models that support them.</source>
        <translation>Si el modelo piensa paso a paso antes de responder (más lento, a menudo mejor). Los niveles funcionan en los modelos que los admiten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the model&apos;s defaults</source>
        <translation>Volver a los valores predeterminados del modelo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changing it reloads the model, which takes a moment.</source>
        <translation>Cambiarlo vuelve a cargar el modelo, lo que tarda un momento.</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <location filename="../../desktop/ui/chat/layout.py" line="+76"/>
        <source>Chat settings…</source>
        <translation>Ajustes del chat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat settings</source>
        <translation>Ajustes del chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt, creativity, reply length and other settings of this chat</source>
        <translation>Instrucciones del sistema, creatividad, longitud de respuesta y otros ajustes de este chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More for this chat</source>
        <translation>Más opciones de este chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename, export, import or delete chats</source>
        <translation>Renombrar, exportar, importar o borrar chats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No models are installed yet. Download one to start chatting.</source>
        <translation>Aún no hay modelos instalados. Descarga uno para empezar a chatear.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Models</source>
        <translation>Abrir Modelos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Models tab</source>
        <translation>Abrir la pestaña Modelos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/conversations.py" line="+265"/>
        <source>Delete chat?</source>
        <translation>¿Eliminar el chat?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” and all its messages?</source>
        <translation>¿Eliminar «{title}» y todos sus mensajes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/ui/chat/tab.py" line="+461"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can&apos;t be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/ui/chat/message_actions.py" line="+105"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/chat_files.py" line="+44"/>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
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
        <translation>Chat de Paddock (*.json)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Saving the chat to {path}…</source>
        <translation>Guardando el chat en {path}…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {name}: {done} of {total} messages…</source>
        <translation>Importando {name}: {done} de {total} mensajes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Restoring your chats…</source>
        <translation>Restaurando tus chats…</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Import a chat</source>
        <translation>Importar un chat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There are no chats to back up.</source>
        <translation>No hay chats que guardar en una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/model_settings.py" line="+158"/>
        <source>Thinking needs Ollama {needed} or newer; this server runs {version}. Update Ollama to use it.</source>
        <translation>Pensar necesita Ollama {needed} o posterior; este servidor tiene {version}. Actualiza Ollama para usarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/tab.py" line="-121"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a chat…</source>
        <translation>Importar un chat…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this chat…</source>
        <translation>Borrar este chat…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a model for this chat first.</source>
        <translation>Primero elige un modelo para este chat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ollama can&apos;t be reached, so Paddock can&apos;t tell which models are installed. Start Ollama or choose another server; your message is kept.</source>
        <translation>No se puede contactar con Ollama, así que Paddock no sabe qué modelos están instalados. Inicia Ollama o elige otro servidor; tu mensaje se conserva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paddock is still asking Ollama which models are installed. Try again in a moment; your message is kept.</source>
        <translation>Paddock todavía está preguntando a Ollama qué modelos están instalados. Inténtalo de nuevo en un momento; tu mensaje se conserva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No models are installed yet. Download one in the Models tab.</source>
        <translation>Aún no hay modelos instalados. Descarga uno en la pestaña Modelos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} Your message is kept; send it once Ollama answers.</source>
        <translation>{problem} Tu mensaje se conserva; envíalo cuando Ollama responda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ollama can&apos;t be reached at {url}.</source>
        <translation>No se puede contactar con Ollama en {url}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/message_actions.py" line="-49"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete message?</source>
        <translation>¿Eliminar el mensaje?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this message and the {n} after it?</source>
        <translation>¿Eliminar este mensaje y los {n} siguientes?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this message?</source>
        <translation>¿Eliminar este mensaje?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chat/tab.py" line="+92"/>
        <source>Your chats couldn&apos;t be opened: {reason}</source>
        <translation>No se pudieron abrir tus chats: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatWelcome</name>
    <message>
        <location filename="../../desktop/ui/chat/welcome.py" line="+22"/>
        <source>chat</source>
        <translation>conversar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pictures</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thinking things through</source>
        <translation>pensar las cosas a fondo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>using tools</source>
        <translation>usar herramientas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new chat</source>
        <translation>Un chat nuevo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a message below, or try one of these:</source>
        <translation>Escribe un mensaje abajo o prueba una de estas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Explain how rainbows form, in simple words.</source>
        <translation>Explica con palabras sencillas cómo se forma un arcoíris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a short, friendly message to say I&apos;ll be ten minutes late.</source>
        <translation>Escribe un mensaje breve y amable para decir que llegaré diez minutos tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give me three ideas for a quick dinner from what&apos;s usually in the cupboard.</source>
        <translation>Dame tres ideas para una cena rápida con lo que suele haber en la despensa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask: {question}</source>
        <translation>Preguntar: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this question</source>
        <translation>Enviar esta pregunta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chat with {model}</source>
        <translation>Conversa con {model}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good for: {abilities}</source>
        <translation>Bueno para: {abilities}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a model to start chatting</source>
        <translation>Elige un modelo para empezar a conversar</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../desktop/ui/chat/code_block.py" line="+70"/>
        <source>Code block</source>
        <translation>Bloque de código</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Copy this code to the clipboard</source>
        <translation>Copiar este código al portapapeles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/ui/generate/compare.py" line="+45"/>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing — the same request</source>
        <translation>nada: la misma solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What differs in the request: {fields}</source>
        <translation>Diferencias en la solicitud: {fields}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No figures: the run did not finish.</source>
        <translation>Sin cifras: la ejecución no terminó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} in total · {tokens} tokens at {rate} tokens/s</source>
        <translation>{total} en total · {tokens} tokens a {rate} tokens/s</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/ui/chat/composer.py" line="+134"/>
        <source>Message composer</source>
        <translation>Redactor de mensajes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editing your message. Sending keeps the old version too.</source>
        <translation>Estás editando tu mensaje. Al enviarlo se conserva también la versión anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+111"/>
        <source>Attach images or documents</source>
        <translation>Adjuntar imágenes o documentos</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Attach images or documents (or drop or paste them here)</source>
        <translation>Adjuntar imágenes o documentos (o suéltalos o pégalos aquí)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach documents: text, Markdown, code, CSV, PDF, Word or HTML (or drop or paste them here). This model can&apos;t see images.</source>
        <translation>Adjuntar documentos: texto, Markdown, código, CSV, PDF, Word o HTML (o suéltalos o pégalos aquí). Este modelo no puede ver imágenes.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Documents (*.txt *.md *.markdown *.csv *.pdf *.docx *.html *.htm *.py *.js *.ts *.json *.c *.cpp *.h *.java *.go *.rs *.rb *.sh *.yaml *.yml *.toml *.xml *.sql)</source>
        <translation>Documentos (*.txt *.md *.markdown *.csv *.pdf *.docx *.html *.htm *.py *.js *.ts *.json *.c *.cpp *.h *.java *.go *.rs *.rb *.sh *.yaml *.yml *.toml *.xml *.sql)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Wait until the document has been read, or cancel it.</source>
        <translation>Espera a que se lea el documento o cancela la lectura.</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+2"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply (Esc). What was written is kept.</source>
        <translation>Detener la respuesta (Esc). Lo ya escrito se conserva.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ctrl+Enter sends, Enter adds a line</source>
        <translation>Ctrl+Enter envía, Enter añade una línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter sends, Shift+Enter adds a line</source>
        <translation>Enter envía, Shift+Enter añade una línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message ({keys})</source>
        <translation>Enviar el mensaje ({keys})</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+20"/>
        <source>This model can&apos;t see images. Pick a model with the vision badge.</source>
        <translation>Este modelo no puede ver imágenes. Elige un modelo con la etiqueta «visión».</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>That file couldn&apos;t be read.</source>
        <translation>No se pudo leer ese archivo.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../desktop/ui/chat/sidebar.py" line="+144"/>
        <location line="+4"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
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
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Empezar un chat nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a chat</source>
        <translation>Importar un chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a chat from a Paddock JSON export</source>
        <translation>Añadir un chat desde una exportación JSON de Paddock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search all chats</source>
        <translation>Buscar en todos los chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Buscar en todos los chats (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chat contains that.</source>
        <translation>Ningún chat contiene eso.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>Copied</name>
    <message>
        <location filename="../../desktop/ui/common/copied.py" line="+18"/>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
</context>
<context>
    <name>CopyRenameDialog</name>
    <message>
        <location filename="../../desktop/ui/models/copy_dialog.py" line="+27"/>
        <source>Copy or rename a model</source>
        <translation>Copiar o cambiar el nombre de un modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or rename {name}</source>
        <translation>Copiar o cambiar el nombre de {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example my-assistant or my-assistant:v2</source>
        <translation>Por ejemplo mi-asistente o mi-asistente:v2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a copy (keep {name})</source>
        <translation>Hacer una copia (conservar {name})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a copy</source>
        <translation>Hacer una copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename (the old name goes away)</source>
        <translation>Cambiar el nombre (el nombre anterior desaparece)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy takes almost no extra space: it shares the model&apos;s files.</source>
        <translation>Una copia casi no ocupa espacio extra: comparte los archivos del modelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm copy or rename</source>
        <translation>Confirmar la copia o el cambio de nombre</translation>
    </message>
</context>
<context>
    <name>CreateModelDialog</name>
    <message>
        <location filename="../../desktop/ui/models/create_dialog.py" line="+63"/>
        <location line="+1"/>
        <source>Create a model</source>
        <translation>Crear un modelo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the conversation it can keep in mind, in tokens (more needs more computer memory)</source>
        <translation>Cuánto de la conversación puede recordar, en tokens (más necesita más memoria del ordenador)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Memory (tokens):</source>
        <translation>Memoria (tokens):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Make your own version of an installed model: give it a name, tell it how to behave, and adjust a few settings. It shares the base model&apos;s files.</source>
        <translation>Crea tu propia versión de un modelo instalado: ponle un nombre, dile cómo comportarse y ajusta algunos parámetros. Comparte los archivos del modelo base.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installed model your new model is based on</source>
        <translation>El modelo instalado en el que se basa tu nuevo modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New model name</source>
        <translation>Nombre del nuevo modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. my-assistant</source>
        <translation>p. ej., mi-asistente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it should behave</source>
        <translation>Cómo debe comportarse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. You are a patient teacher who explains things simply.</source>
        <translation>p. ej., Eres un profesor paciente que explica las cosas de forma sencilla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Ollama&apos;s default</source>
        <translation>Valor predeterminado de Ollama</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Creativity</source>
        <translation>Creatividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low: focused and predictable. High: more varied.</source>
        <translation>Baja: centrada y previsible. Alta: más variada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest reply</source>
        <translation>Respuesta más larga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most tokens one reply may have</source>
        <translation>El máximo de tokens que puede tener una respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid repeating</source>
        <translation>Evitar repeticiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above 1 discourages repeating itself</source>
        <translation>Por encima de 1 desalienta que se repita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at</source>
        <translation>Detenerse en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words that end a reply, separated by commas</source>
        <translation>Palabras que terminan una respuesta, separadas por comas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from:</source>
        <translation>Partir de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it should behave:</source>
        <translation>Cómo debe comportarse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creativity:</source>
        <translation>Creatividad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest reply (tokens):</source>
        <translation>Respuesta más larga (tokens):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid repeating:</source>
        <translation>Evitar repeticiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at:</source>
        <translation>Detenerse en:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show advanced settings</source>
        <translation>Mostrar ajustes avanzados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced: prompt template</source>
        <translation>Avanzado: plantilla del prompt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt template</source>
        <translation>Plantilla del prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the base model&apos;s template (recommended)</source>
        <translation>Déjalo vacío para conservar la plantilla del modelo base (recomendado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“{name}” is ready.</source>
        <translation>«{name}» está listo.</translation>
    </message>
</context>
<context>
    <name>DiskUsage</name>
    <message>
        <location filename="../../desktop/ui/models/disk_usage.py" line="+70"/>
        <source>Disk space used by each model</source>
        <translation>Espacio en disco que ocupa cada modelo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} models use {size} of disk space</source>
        <translation>{count} modelos ocupan {size} de espacio en disco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 model uses {size} of disk space</source>
        <translation>1 modelo ocupa {size} de espacio en disco</translation>
    </message>
</context>
<context>
    <name>DisplayLimits</name>
    <message>
        <location filename="../../desktop/ui/common/display_limits.py" line="+92"/>
        <source>… {count} more characters not shown</source>
        <translation>… {count} caracteres más sin mostrar</translation>
    </message>
</context>
<context>
    <name>DocumentChips</name>
    <message>
        <location filename="../../desktop/ui/chat/document_chips.py" line="+64"/>
        <source>about {share} % of what the model can keep in mind</source>
        <translation>cerca del {share} % de lo que el modelo puede recordar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too long to read whole ({share} % of what the model can keep in mind): the parts that answer each question are used</source>
        <translation>demasiado largo para leerlo entero ({share} % de lo que el modelo puede recordar): se usan las partes que responden a cada pregunta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another part</source>
        <translation>otra parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p. {page}</source>
        <translation>pág. {page}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Document {name}</source>
        <translation>Documento {name}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading this document</source>
        <translation>Dejar de leer este documento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Don&apos;t send this document</source>
        <translation>No enviar este documento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Documents to send</source>
        <translation>Documentos para enviar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Large documents need a small embedding model to find the parts that answer your question. {model} is {size}.</source>
        <translation>Los documentos grandes necesitan un modelo de incrustación pequeño para encontrar las partes que responden a tu pregunta. {model} ocupa {size}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download {model}</source>
        <translation>Descargar {model}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the embedding model {model} ({size})</source>
        <translation>Descargar el modelo de incrustación {model} ({size})</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Documents can&apos;t be attached here.</source>
        <translation>Aquí no se pueden adjuntar documentos.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That document couldn&apos;t be read. Nothing else was changed.</source>
        <translation>No se pudo leer ese documento. No se cambió nada más.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{size} · {memory}</source>
        <translation>{size} · {memory}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Attached documents</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{size} · the parts that answer each question are used</source>
        <translation>{size} · se usan las partes que responden a cada pregunta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources of this reply</source>
        <translation>Fuentes de esta respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show the passage {where}</source>
        <translation>Mostrar el fragmento {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the passage exactly as it was sent</source>
        <translation>Mostrar el fragmento tal como se envió</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This is the passage of {name} exactly as the model was given it.</source>
        <translation>Este es el fragmento de {name} tal como lo recibió el modelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="+28"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents/errors.py" line="+21"/>
        <source>“{name}” could not be read. Check that the file is still there and that you may open it, then attach it again.</source>
        <translation>No se pudo leer «{name}». Comprueba que el archivo sigue ahí y que tienes permiso para abrirlo, y vuelve a adjuntarlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” is too large to read ({size}; the limit is {limit}). Attach a smaller file, or copy the part you need into a new one.</source>
        <translation>«{name}» es demasiado grande para leerlo ({size}; el límite es {limit}). Adjunta un archivo más pequeño o copia la parte que necesites en uno nuevo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” is protected with a password, so its text cannot be read. Save a copy without the password and attach that instead.</source>
        <translation>«{name}» está protegido con contraseña, así que no se puede leer su texto. Guarda una copia sin la contraseña y adjunta esa en su lugar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has no text to read — it is probably a scan. Use a copy with a text layer (run text recognition on it first), or attach the pages as images.</source>
        <translation>«{name}» no tiene texto que leer; probablemente es un escaneo. Usa una copia con capa de texto (pásale antes un reconocimiento de texto) o adjunta las páginas como imágenes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” has no text in it. Check that it is the file you meant to attach.</source>
        <translation>«{name}» no contiene texto. Comprueba que es el archivo que querías adjuntar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is not a kind of document Paddock can read. Attach text, Markdown, code, CSV, HTML, PDF or Word (.docx) files.</source>
        <translation>«{name}» no es un tipo de documento que Paddock pueda leer. Adjunta archivos de texto, Markdown, código, CSV, HTML, PDF o Word (.docx).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is damaged and could not be read. Open it in the program that made it, save it again, and attach the new copy.</source>
        <translation>«{name}» está dañado y no se pudo leer. Ábrelo en el programa con el que se creó, vuelve a guardarlo y adjunta la copia nueva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” was moved or changed while it was being read. Wait until it is saved completely, then attach it again.</source>
        <translation>«{name}» se movió o cambió mientras se leía. Espera a que se guarde por completo y vuelve a adjuntarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading “{name}” was stopped.</source>
        <translation>Se detuvo la lectura de «{name}».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/embedding.py" line="+57"/>
        <source>To read a large document, Paddock needs a small embedding model, and none is installed. Download {model} ({size}) in the Models tab, then ask again. Your message and the document are kept.</source>
        <translation>Para leer un documento grande, Paddock necesita un modelo de incrustación pequeño y no hay ninguno instalado. Descarga {model} ({size}) en la pestaña Modelos y vuelve a preguntar. Tu mensaje y el documento se conservan.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+11"/>
        <source>The embedding model gave an answer Paddock can&apos;t use, so the document could not be read. Try another embedding model.</source>
        <translation>El modelo de incrustación dio una respuesta que Paddock no puede usar, así que no se pudo leer el documento. Prueba con otro modelo de incrustación.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/ui/models/downloads_view.py" line="+52"/>
        <source>Download of {name}</source>
        <translation>Descarga de {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of {name}</source>
        <translation>Progreso de {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Chat with it</source>
        <translation>Chatear con él</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop this download and drop it from the queue</source>
        <translation>Detener esta descarga y quitarla de la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try this download again</source>
        <translation>Volver a intentar esta descarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this entry off the list</source>
        <translation>Quitar esta entrada de la lista</translation>
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
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue where it stopped</source>
        <translation>Continuar donde se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop for now; Resume continues where it stopped</source>
        <translation>Detener por ahora; Reanudar continúa donde se detuvo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download again</source>
        <translation>Volver a descargar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for another download to finish</source>
        <translation>Esperando a que termine otra descarga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not finished — press Resume to continue</source>
        <translation>Sin terminar: pulsa Reanudar para continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done — ready to use</source>
        <translation>Terminado: listo para usar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No progress for a while — reconnecting (attempt {n} of {max})…</source>
        <translation>Sin progreso desde hace un rato: reconectando (intento {n} de {max})…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reconnected {n}×</source>
        <translation>reconectado {n}×</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about {time} left</source>
        <translation>quedan unos {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimating time left…</source>
        <translation>calculando el tiempo restante…</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/services/downloads/errors.py" line="+16"/>
        <source>The download stopped making progress, and reconnecting didn&apos;t help. Check the internet connection of the computer running Ollama, then press Retry.</source>
        <translation>La descarga dejó de avanzar y volver a conectar no sirvió. Comprueba la conexión a internet del equipo donde se ejecuta Ollama y luego pulsa Reintentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to Ollama kept breaking during the download. Check that Ollama is still running, then press Retry.</source>
        <translation>La conexión con Ollama se cortaba una y otra vez durante la descarga. Comprueba que Ollama sigue en marcha y luego pulsa Reintentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t reach the model library — check the internet connection of the computer running Ollama.</source>
        <translation>No se puede contactar con la biblioteca de modelos: comprueba la conexión a internet del equipo donde se ejecuta Ollama.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no model called “{name}” in the library. Check the spelling, or pick one from the catalogue.</source>
        <translation>No hay ningún modelo llamado «{name}» en la biblioteca. Revisa cómo está escrito o elige uno del catálogo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That registry only offers plain (insecure) HTTP. If you trust it, tick “Allow insecure (HTTP) registry” and add the download again.</source>
        <translation>Ese registro solo ofrece HTTP simple (inseguro). Si confías en él, marca «Permitir un registro inseguro (HTTP)» y vuelve a añadir la descarga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The computer running Ollama has run out of disk space. Delete models you no longer use (or free space another way), then press Retry.</source>
        <translation>El equipo donde se ejecuta Ollama se ha quedado sin espacio en disco. Elimina los modelos que ya no uses (o libera espacio de otra forma) y luego pulsa Reintentar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A downloaded file arrived damaged (its checksum didn&apos;t match). Press Retry to download it again.</source>
        <translation>Un archivo descargado llegó dañado (su suma de comprobación no coincidía). Pulsa Reintentar para descargarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model needs a newer version of Ollama. Update Ollama, then press Retry.</source>
        <translation>Este modelo necesita una versión más reciente de Ollama. Actualiza Ollama y luego pulsa Reintentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry refused access to “{name}”. It may be private or need you to sign in.</source>
        <translation>El registro ha denegado el acceso a «{name}». Puede que sea privado o que tengas que iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download kept failing and Ollama gave up. Check the internet connection of the computer running Ollama, then press Retry.</source>
        <translation>La descarga fallaba una y otra vez y Ollama se rindió. Comprueba la conexión a internet del equipo donde se ejecuta Ollama y luego pulsa Reintentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The download failed. Ollama said: {message}</source>
        <translation>La descarga ha fallado. Ollama dijo: {message}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something unexpected went wrong with this download. The details are in the log file.</source>
        <translation>Algo inesperado ha fallado en esta descarga. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/downloads/store.py" line="+98"/>
        <source>The list of unfinished downloads in {path} could not be read, so it starts empty. The file was kept as {kept}; download the models again if you need them.</source>
        <translation>No se pudo leer la lista de descargas sin terminar en {path}, así que empieza vacía. El archivo se guardó como {kept}; vuelve a descargar los modelos si los necesitas.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/ui/models/downloads_view.py" line="+158"/>
        <location line="+6"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show or hide the downloads</source>
        <translation>Mostrar u ocultar las descargas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fold the downloads into one line</source>
        <translation>Plegar las descargas en una línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every download</source>
        <translation>Mostrar todas las descargas</translation>
    </message>
</context>
<context>
    <name>DownloadsSummary</name>
    <message>
        <location filename="../../desktop/services/downloads/summary.py" line="+36"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All downloads finished</source>
        <translation>Todas las descargas terminadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="+12"/>
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n descarga</numerusform>
            <numerusform>%n descargas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n download(s) failed</source>
        <translation>
            <numerusform>%n descarga fallida</numerusform>
            <numerusform>%n descargas fallidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../desktop/ui/models/downloads_view.py" line="-179"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloads at the same time</source>
        <translation>Descargas simultáneas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most </source>
        <translation>Como máximo </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> at a time</source>
        <translation> a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many downloads run at the same time</source>
        <translation>Cuántas descargas se hacen a la vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Continue unfinished downloads when Paddock starts</source>
        <translation>Continuar las descargas sin terminar al iniciar Paddock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When off, unfinished downloads wait for you to press Resume</source>
        <translation>Si está desactivado, las descargas sin terminar esperan a que pulses Reanudar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove finished and cancelled downloads from the list</source>
        <translation>Quitar de la lista las descargas terminadas y canceladas</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/common/error_dialog.py" line="+55"/>
        <source>Problem details</source>
        <translation>Detalles del problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem details — Paddock</source>
        <translation>Detalles del problema — Paddock</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical details (for someone helping you):</source>
        <translation>Detalles técnicos (para quien te ayude):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full report is in the log file:
{path}</source>
        <translation>El informe completo está en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the details and the log file&apos;s location, to paste them</source>
        <translation>Copiar los detalles y la ubicación del archivo de registro para pegarlos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder with the log file</source>
        <translation>Abrir la carpeta con el archivo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the log file in your file manager</source>
        <translation>Mostrar el archivo de registro en el gestor de archivos</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ollama/errors.py" line="+36"/>
        <source>The model “{model}” isn&apos;t installed on this Ollama server. You can download it from the Models tab.</source>
        <translation>El modelo «{model}» no está instalado en este servidor de Ollama. Puedes descargarlo en la pestaña Modelos.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server at {url} sent Paddock to another address ({target}); Paddock didn&apos;t follow it, so nothing was sent there. If that address is right, add it as a server of its own.</source>
        <translation>El servidor en {url} envió a Paddock a otra dirección ({target}); Paddock no la siguió, así que no se envió nada allí. Si esa dirección es correcta, añádela como un servidor propio.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Can&apos;t reach Ollama at {url}: nothing is answering there. Is Ollama running on this computer?</source>
        <translation>No se puede contactar con Ollama en {url}: allí no responde nada. ¿Está Ollama en marcha en este equipo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t reach Ollama at {url}: nothing is answering there. Is Ollama running on that computer?</source>
        <translation>No se puede contactar con Ollama en {url}: allí no responde nada. ¿Está Ollama en marcha en ese equipo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t reach Ollama at {url}: the computer name could not be found.</source>
        <translation>No se puede contactar con Ollama en {url}: no se encontró el nombre del equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach Ollama at {url}: it did not answer in time.</source>
        <translation>No se puede contactar con Ollama en {url}: no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t reach Ollama at {url}: the secure (HTTPS) connection failed. Check the address (http or https) and the server&apos;s certificate.</source>
        <translation>No se puede contactar con Ollama en {url}: la conexión segura (HTTPS) ha fallado. Revisa la dirección (http o https) y el certificado del servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t reach Ollama at {url}: the network connection failed.</source>
        <translation>No se puede contactar con Ollama en {url}: la conexión de red ha fallado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This model can&apos;t use tools. Pick a model with the tools badge.</source>
        <translation>Este modelo no puede usar herramientas. Elige un modelo con la etiqueta «herramientas».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This model can&apos;t think step by step. Turn thinking off for it.</source>
        <translation>Este modelo no puede pensar paso a paso. Desactiva el razonamiento para él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This model can&apos;t fill in the middle. Leave the suffix empty.</source>
        <translation>Este modelo no sabe rellenar el medio. Deja el sufijo vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This model can&apos;t look at images. Remove the images or pick a vision model.</source>
        <translation>Este modelo no puede ver imágenes. Quita las imágenes o elige un modelo con visión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model can&apos;t chat. Use the Generate tab or pick another model.</source>
        <translation>Este modelo no puede chatear. Usa la pestaña Generar o elige otro modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model can&apos;t write text (it only makes embeddings).</source>
        <translation>Este modelo no puede escribir texto (solo crea embeddings).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This chat is longer than the model can keep in mind, so Ollama refused it instead of forgetting the beginning. Your message is kept.</source>
        <translation>Este chat es más largo de lo que el modelo puede recordar, así que Ollama lo rechazó en lugar de olvidar el principio. Tu mensaje se conserva.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model runs on ollama.com and needs you to sign in first.</source>
        <translation>Este modelo se ejecuta en ollama.com y necesita que inicies sesión primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request: access denied.</source>
        <translation>El servidor ha rechazado la solicitud: acceso denegado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: {message}.</source>
        <translation>El servidor ha rechazado la solicitud: {message}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This Ollama server doesn&apos;t know that request. It may be an older version; updating Ollama should help.</source>
        <translation>Este servidor de Ollama no conoce esa solicitud. Puede que sea una versión antigua; actualizar Ollama debería ayudar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request was cancelled.</source>
        <translation>La solicitud se ha cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ollama couldn&apos;t do that: {message}</source>
        <translation>Ollama no pudo hacerlo: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ollama refused the request (HTTP {status}).</source>
        <translation>Ollama ha rechazado la solicitud (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ollama is busy with other requests. Please try again in a moment.</source>
        <translation>Ollama está ocupado con otras solicitudes. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ollama couldn&apos;t reach the service behind it. Please try again later.</source>
        <translation>Ollama no pudo contactar con el servicio que tiene detrás. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ollama ran into a problem: {message}</source>
        <translation>Ollama ha tenido un problema: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ollama ran into a problem (HTTP {status}).</source>
        <translation>Ollama ha tenido un problema (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The download failed because Ollama reported a problem. Please try again later.</source>
        <translation>La descarga falló porque Ollama informó de un problema. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upload failed because Ollama reported a problem. Please try again later.</source>
        <translation>La subida falló porque Ollama informó de un problema. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the model failed because Ollama reported a problem. Please try again.</source>
        <translation>No se pudo crear el modelo porque Ollama informó de un problema. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply stopped early because the model unexpectedly stopped on the computer running Ollama, often for lack of memory. Try again, or pick a smaller model.</source>
        <translation>La respuesta se detuvo antes de tiempo porque el modelo se cerró inesperadamente en el ordenador donde se ejecuta Ollama, a menudo por falta de memoria. Vuelve a intentarlo o elige un modelo más pequeño.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply stopped early because the computer running Ollama ran out of memory. Close other programs there or pick a smaller model, then try again.</source>
        <translation>La respuesta se detuvo antes de tiempo porque el ordenador donde se ejecuta Ollama se quedó sin memoria. Cierra otros programas allí o elige un modelo más pequeño y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reply stopped early because Ollama reported a problem. Please try again.</source>
        <translation>La respuesta se detuvo antes de tiempo porque Ollama informó de un problema. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to Ollama broke before the download was complete. Ollama keeps what it has downloaded: downloading again continues from there.</source>
        <translation>La conexión con Ollama se cortó antes de terminar la descarga. Ollama conserva lo descargado: al descargar de nuevo, continúa desde ahí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to Ollama broke before the upload was complete. Please try again.</source>
        <translation>La conexión con Ollama se cortó antes de terminar la subida. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to Ollama broke before the model was created. Please try again.</source>
        <translation>La conexión con Ollama se cortó antes de crear el modelo. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to Ollama broke before the reply was complete.</source>
        <translation>La conexión con Ollama se cortó antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the connection (HTTP 403). Ollama only accepts requests addressed to its own host name: start it with OLLAMA_HOST=0.0.0.0, or make the proxy in front of it pass the Host header through.</source>
        <translation>El servidor ha rechazado la conexión (HTTP 403). Ollama solo acepta solicitudes dirigidas a su propio nombre de host: inícialo con OLLAMA_HOST=0.0.0.0 o haz que el proxy que tiene delante deje pasar la cabecera Host.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A different web server (perhaps a proxy) answered instead of Ollama (HTTP {status}). Check the server address.</source>
        <translation>Respondió otro servidor web (quizá un proxy) en lugar de Ollama (HTTP {status}). Revisa la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer didn&apos;t look like Ollama&apos;s (HTTP {status}). Check the address.</source>
        <translation>La respuesta del servidor no parecía de Ollama (HTTP {status}). Revisa la dirección.</translation>
    </message>
    <message>
        <location filename="../../desktop/ollama/host.py" line="+45"/>
        <source>“{host}” has a port that is not a number between 0 and 65535</source>
        <translation>«{host}» tiene un puerto que no es un número entre 0 y 65535</translation>
    </message>
    <message>
        <location filename="../../desktop/services/downloads/errors.py" line="-3"/>
        <location filename="../../desktop/services/tasks.py" line="+33"/>
        <source>Something went wrong on this computer: {reason}.</source>
        <translation>Algo ha fallado en este equipo: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/generate/results.py" line="+145"/>
        <location filename="../../desktop/services/tasks.py" line="+3"/>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Algo inesperado ha fallado. Los detalles están en el archivo de registro.</translation>
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
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: {when}</source>
        <translation>Iniciado: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thinking ({seconds} s)</source>
        <translation>Razonamiento ({seconds} s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[image: {name}]</source>
        <translation>[imagen: {name}]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[document: {name}]</source>
        <translation>[documento: {name}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} p. {page}</source>
        <translation>{name} pág. {page}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(The reply was stopped before it was finished.)</source>
        <translation>(La respuesta se detuvo antes de terminar.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(The reply failed: {error})</source>
        <translation>(La respuesta falló: {error})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistant ({model})</source>
        <translation>Asistente ({model})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <location filename="../../desktop/services/generate/request.py" line="+73"/>
        <source>The schema isn&apos;t valid JSON: {error} (line {line}, column {column}).</source>
        <translation>El esquema no es JSON válido: {error} (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The schema must be a JSON object, like {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>El esquema debe ser un objeto JSON, como {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pick a model first.</source>
        <translation>Elige primero un modelo.</translation>
    </message>
</context>
<context>
    <name>GenerateOptions</name>
    <message>
        <location filename="../../desktop/ui/generate/option_texts.py" line="+16"/>
        <source>Creativity (temperature)</source>
        <translation>Creatividad (temperature)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher gives more varied, surprising text; lower gives focused, predictable text.</source>
        <translation>Más alto da un texto más variado y sorprendente; más bajo, un texto centrado y previsible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only consider this many of the likeliest next words (0 = no limit).</source>
        <translation>Considerar solo este número de las siguientes palabras más probables (0 = sin límite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only consider the likeliest words that together make up this share of the probability.</source>
        <translation>Considerar solo las palabras más probables que juntas suman esta parte de la probabilidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore words less likely than this share of the likeliest one.</source>
        <translation>Ignorar las palabras menos probables que esta fracción de la más probable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical P</source>
        <translation>Typical P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer words about as surprising as usual (1 turns it off).</source>
        <translation>Preferir palabras tan sorprendentes como de costumbre (1 lo desactiva).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat window</source>
        <translation>Ventana de repetición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many recent tokens the repeat penalty looks at (0 = off, -1 = the whole context).</source>
        <translation>Cuántos tokens recientes mira la penalización por repetición (0 = desactivada, -1 = todo el contexto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above 1 discourages repeating words; 1 turns it off.</source>
        <translation>Por encima de 1 desalienta repetir palabras; 1 lo desactiva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discourages any word that already appeared, however often.</source>
        <translation>Desalienta cualquier palabra que ya haya aparecido, sin importar cuántas veces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frequency penalty</source>
        <translation>Penalización por frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discourages words the more often they appeared.</source>
        <translation>Desalienta las palabras cuanto más hayan aparecido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same number with the same request gives the same answer again (-1 = random each time).</source>
        <translation>El mismo número con la misma solicitud da de nuevo la misma respuesta (-1 = aleatorio cada vez).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max reply length</source>
        <translation>Longitud máxima de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many tokens (-1 = no limit).</source>
        <translation>Detenerse tras este número de tokens (-1 = sin límite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens kept</source>
        <translation>Tokens conservados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the context is full, keep this many tokens from the start of the prompt.</source>
        <translation>Cuando el contexto está lleno, conservar este número de tokens del principio del prompt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop words</source>
        <translation>Palabras de parada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply ends when it would write one of these (one per line). Changing the list replaces the model&apos;s own stop words.</source>
        <translation>La respuesta termina cuando fuera a escribir una de estas (una por línea). Cambiar la lista sustituye las palabras de parada del modelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can keep in mind, in tokens; more needs more computer memory, and no more than the model was trained for counts. By default the server picks it (4096 on small graphics cards, more on big ones).</source>
        <translation>Cuánto de la conversación puede recordar el modelo, en tokens; más necesita más memoria del ordenador, y no sirve de nada superar aquello para lo que se entrenó el modelo. De forma predeterminada lo elige el servidor (4096 en tarjetas gráficas pequeñas, más en las grandes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens processed together while reading the prompt.</source>
        <translation>Tokens que se procesan juntos al leer el prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many layers run on the graphics card (-1 = as many as fit, 0 = none).</source>
        <translation>Cuántas capas se ejecutan en la tarjeta gráfica (-1 = todas las que quepan, 0 = ninguna).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main GPU</source>
        <translation>GPU principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which graphics card holds the shared parts when there are several (0 = the first).</source>
        <translation>Qué tarjeta gráfica guarda las partes compartidas cuando hay varias (0 = la primera).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads used on the processor (0 = automatic).</source>
        <translation>Hilos usados en el procesador (0 = automático).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory-map the model</source>
        <translation>Mapear el modelo en memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the model file from disk as needed instead of copying it all into memory first.</source>
        <translation>Leer el archivo del modelo del disco según haga falta, en vez de copiarlo entero a la memoria primero.</translation>
    </message>
</context>
<context>
    <name>GenerateResults</name>
    <message>
        <location filename="../../desktop/services/generate/results.py" line="-121"/>
        <source>Finished: the model ended its answer (or reached a stop word).</source>
        <translation>Terminado: el modelo acabó su respuesta (o llegó a una palabra de parada).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at the reply length limit (Max reply length / Memory).</source>
        <translation>Se detuvo en el límite de longitud de la respuesta (Longitud máxima de la respuesta / Memoria).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model was loaded; there was no prompt to answer.</source>
        <translation>Se cargó el modelo; no había ningún prompt que responder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was unloaded from memory.</source>
        <translation>El modelo se descargó de la memoria.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server did not say why it stopped.</source>
        <translation>El servidor no dijo por qué se detuvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server stopped ({reason}).</source>
        <translation>El servidor se detuvo ({reason}).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The output isn&apos;t valid JSON: {error} (line {line}, column {column}).</source>
        <translation>La salida no es JSON válido: {error} (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The schema itself is not valid: {error}</source>
        <translation>El propio esquema no es válido: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Doesn&apos;t match the schema at the top level: {error}</source>
        <translation>No cumple el esquema en el nivel superior: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doesn&apos;t match the schema at {where}: {error}</source>
        <translation>No cumple el esquema en {where}: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem} What arrived before is kept above.</source>
        <translation>{problem} Lo que llegó antes se conserva arriba.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Raw mode can&apos;t be combined with a system prompt, a template or carried context. Clear those fields or turn raw mode off.</source>
        <translation>El modo sin formato no se puede combinar con instrucciones del sistema, una plantilla o contexto arrastrado. Vacía esos campos o desactiva el modo sin formato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model only turns text into numbers (embeddings): pick one that writes text.</source>
        <translation>Este modelo solo convierte texto en números (embeddings): elige uno que escriba texto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model can&apos;t fill in the middle: clear the Suffix field.</source>
        <translation>Este modelo no sabe rellenar el medio: vacía el campo Sufijo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model can&apos;t think step by step: set Thinking to Model&apos;s default or Off.</source>
        <translation>Este modelo no puede pensar paso a paso: pon Razonamiento en «Predeterminado del modelo» o «Desactivado».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server doesn&apos;t know that thinking level: pick On, Low, Medium or High.</source>
        <translation>Este servidor no conoce ese nivel de razonamiento: elige «Activado», «Esfuerzo bajo», «Esfuerzo medio» o «Esfuerzo alto».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model can&apos;t look at images: remove them or pick a vision model.</source>
        <translation>Este modelo no puede ver imágenes: quítalas o elige un modelo con visión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep loaded: write a number of seconds (like 300 or -1) or a duration like 5m or 1h.</source>
        <translation>Mantener cargado: escribe un número de segundos (como 300 o -1) o una duración como 5m o 1h.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An option has the wrong kind of value: reset it to its default.</source>
        <translation>Una opción tiene un tipo de valor incorrecto: restablécela a su valor predeterminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option {name} has the wrong kind of value: reset it to its default.</source>
        <translation>La opción {name} tiene un tipo de valor incorrecto: restablécela a su valor predeterminado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prompt is longer than the model&apos;s memory: shorten it, raise Memory, or allow cutting the prompt to fit.</source>
        <translation>El prompt es más largo que la memoria del modelo: acórtalo, sube «Memoria» o permite recortar el prompt para que quepa.</translation>
    </message>
</context>
<context>
    <name>GenerateTab</name>
    <message>
        <location filename="../../desktop/ui/generate/tab.py" line="+113"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installed model that answers</source>
        <translation>El modelo instalado que responde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload models</source>
        <translation>Recargar modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the list of installed models</source>
        <translation>Volver a cargar la lista de modelos instalados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a saved set-up (the whole request)</source>
        <translation>Cargar una configuración guardada (toda la solicitud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+238"/>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Save the whole request under a name</source>
        <translation>Guardar toda la solicitud con un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen preset</source>
        <translation>Eliminar el preajuste elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Enviar la solicitud (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the model and close the connection (Esc)</source>
        <translation>Detener el modelo y cerrar la conexión (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;set:</source>
        <translation>Pre&amp;ajuste:</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Ollama can&apos;t be reached, so Paddock can&apos;t tell which models are installed. Start Ollama, or choose another server at the bottom of the window.</source>
        <translation>No se puede contactar con Ollama, así que Paddock no sabe qué modelos están instalados. Inicia Ollama o elige otro servidor en la parte inferior de la ventana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paddock is still asking Ollama which models are installed…</source>
        <translation>Paddock todavía está preguntando a Ollama qué modelos están instalados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No models are installed yet: download one in the Models tab.</source>
        <translation>Aún no hay modelos instalados: descarga uno en la pestaña Modelos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a model, write a prompt and press Run.</source>
        <translation>Elige un modelo, escribe un prompt y pulsa Ejecutar.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(choose a preset)</source>
        <translation>(elige un preajuste)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the preset “{name}”.</source>
        <translation>Se guardó el preajuste «{name}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded the preset “{name}”.</source>
        <translation>Se cargó el preajuste «{name}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name for this set-up:</source>
        <translation>Nombre para esta configuración:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace preset?</source>
        <translation>¿Reemplazar el preajuste?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A preset called “{name}” exists. Replace it?</source>
        <translation>Ya existe un preajuste llamado «{name}». ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted the preset “{name}”.</source>
        <translation>Se eliminó el preajuste «{name}».</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stopped after {time}. What arrived is kept.</source>
        <translation>Detenido tras {time}. Lo que llegó se conserva.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Done: {model} answered in {total}.</source>
        <translation>Terminado: {model} respondió en {total}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The run failed.</source>
        <translation>La ejecución falló.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A curl command for this request is on the clipboard.</source>
        <translation>Hay un comando curl para esta solicitud en el portapapeles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(stopped) {words}</source>
        <translation>(detenida) {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(failed) {words}</source>
        <translation>(fallida) {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no output)</source>
        <translation>(sin salida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the run from {time}.</source>
        <translation>Mostrando la ejecución de {time}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The form holds that run&apos;s request again.</source>
        <translation>El formulario vuelve a contener la solicitud de esa ejecución.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select exactly two runs to compare.</source>
        <translation>Selecciona exactamente dos ejecuciones para compararlas.</translation>
    </message>
</context>
<context>
    <name>HitListModel</name>
    <message>
        <location filename="../../desktop/ui/chat/sidebar.py" line="-305"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
</context>
<context>
    <name>ImportGgufDialog</name>
    <message>
        <location filename="../../desktop/ui/models/import_dialog.py" line="+38"/>
        <location line="+1"/>
        <source>Import a GGUF file</source>
        <translation>Importar un archivo GGUF</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Turn a model file in the GGUF format (for example one downloaded from Hugging Face) into a model you can chat with. The file is copied to the computer running Ollama.</source>
        <translation>Convierte un archivo de modelo en formato GGUF (por ejemplo, uno descargado de Hugging Face) en un modelo con el que puedes chatear. El archivo se copia al equipo donde se ejecuta Ollama.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>GGUF file</source>
        <translation>Archivo GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a .gguf file</source>
        <translation>Elige un archivo .gguf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model name</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. my-model</source>
        <translation>p. ej., mi-modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model name:</source>
        <translation>Nombre del modelo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a GGUF model file</source>
        <translation>Elige un archivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>Archivos de modelo GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a GGUF file first.</source>
        <translation>Primero elige un archivo GGUF.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{name}” is ready to use.</source>
        <translation>«{name}» está listo para usar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the file: {done} of {total}</source>
        <translation>Comprobando el archivo: {done} de {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copying to Ollama: {done} of {total}</source>
        <translation>Copiando a Ollama: {done} de {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>InstalledModelsModel</name>
    <message>
        <location filename="../../desktop/ui/models/installed_model.py" line="+74"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk</source>
        <translation>Tamaño en disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s name and tag</source>
        <translation>El nombre y la etiqueta del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many parameters (weights) it has: bigger is smarter but slower</source>
        <translation>Cuántos parámetros (pesos) tiene: más es más inteligente, pero más lento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly it was compressed: Q4 is small, Q8 and F16 are larger</source>
        <translation>Cuánto se comprimió: Q4 es pequeño, Q8 y F16 son más grandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model architecture it belongs to</source>
        <translation>La arquitectura de modelo a la que pertenece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space it takes on the computer running Ollama</source>
        <translation>Espacio que ocupa en el equipo donde se ejecuta Ollama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it was downloaded or last changed</source>
        <translation>Cuándo se descargó o se modificó por última vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it can do besides writing text</source>
        <translation>Qué puede hacer además de escribir texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a newer version waits in the model&apos;s registry</source>
        <translation>Si hay una versión más nueva en el registro del modelo</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../../desktop/ui/chat/link_confirmation.py" line="+33"/>
        <location line="+2"/>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your web browser?</source>
        <translation>¿Abrir esta dirección en tu navegador web?</translation>
    </message>
</context>
<context>
    <name>LinkGuard</name>
    <message>
        <location line="+38"/>
        <source>Open in the browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
</context>
<context>
    <name>LinkRefusedDialog</name>
    <message>
        <location line="-26"/>
        <location line="+2"/>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock opens only web and e-mail links from a chat.</source>
        <translation>Paddock solo abre enlaces web y de correo electrónico desde un chat.</translation>
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
        <translation>Secciones principales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>Hablar con un modelo (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download and manage models (Ctrl+2)</source>
        <translation>Descargar y gestionar modelos (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off prompts with every option (Ctrl+3)</source>
        <translation>Prompts sueltos con todas las opciones (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Paddock</source>
        <translation>&amp;Acerca de Paddock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_editing.py" line="+53"/>
        <source>This computer has no keyring to keep the API key safely, so Paddock keeps it only until you quit.</source>
        <translation>Este equipo no tiene un llavero para guardar la clave de API de forma segura, así que Paddock solo la conserva hasta que salgas.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove this server?</source>
        <translation>¿Quitar este servidor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from your servers?</source>
        <translation>¿Quitar «{name}» de tus servidores?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its saved API key is deleted too. Your chats stay, and you can add the server again at any time.</source>
        <translation>También se borra su clave de API guardada. Tus chats se conservan y puedes volver a añadir el servidor cuando quieras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+189"/>
        <source>Settings for new chats</source>
        <translation>Ajustes de los chats nuevos</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The download failed.</source>
        <translation>La descarga falló.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply finished: {title}</source>
        <translation>Respuesta terminada: {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ollama {version} at {url}</source>
        <translation>Ollama {version} en {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected ({url})</source>
        <translation>sin conexión ({url})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock {paddock}
A calm desktop app for your local Ollama models.

Qt {qt} · PySide6 {pyside} · Python {python}
Server: {server}</source>
        <translation>Paddock {paddock}
Una aplicación de escritorio tranquila para tus modelos locales de Ollama.

Qt {qt} · PySide6 {pyside} · Python {python}
Servidor: {server}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backing up all chats…</source>
        <translation>Haciendo una copia de seguridad de todos los chats…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring your chats…</source>
        <translation>Restaurando tus chats…</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+1"/>
        <source>About Paddock</source>
        <translation>Acerca de Paddock</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ollama isn&apos;t installed on this computer.</source>
        <translation>Ollama no está instalado en este equipo.</translation>
    </message>
</context>
<context>
    <name>MemoryMeter</name>
    <message>
        <location filename="../../desktop/ui/chat/memory_meter.py" line="+12"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This chat fills {percent} of what {model} can keep in mind.</source>
        <translation>Este chat ocupa el {percent} de lo que {model} puede recordar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({used} of {limit} tokens, num_ctx {num_ctx})</source>
        <translation>({used} de {limit} tokens, num_ctx {num_ctx})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory: how much of the conversation {model} can keep in mind.</source>
        <translation>Memoria: cuánto de la conversación puede recordar {model}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This chat: about {used} of {limit} tokens (num_ctx).</source>
        <translation>Este chat: unos {used} de {limit} tokens (num_ctx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limit comes from {source}.</source>
        <translation>Origen del límite: {source}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rough estimate until the model&apos;s first reply in this chat.</source>
        <translation>Una estimación aproximada hasta la primera respuesta del modelo en este chat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About {chars} characters per token in this chat.</source>
        <translation>Unos {chars} caracteres por token en este chat.</translation>
    </message>
</context>
<context>
    <name>MemoryWarning</name>
    <message>
        <location filename="../../desktop/ui/chat/memory_warning.py" line="+43"/>
        <location line="+18"/>
        <source>Remember more</source>
        <translation>Recordar más</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Let the model keep more of this chat in mind (it needs more memory)</source>
        <translation>Dejar que el modelo recuerde más de este chat (necesita más memoria)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Summarize and continue</source>
        <translation>Resumir y seguir</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The model sums this chat up, and a new chat starts from the summary</source>
        <translation>El modelo resume este chat y un chat nuevo empieza a partir del resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Continue anyway</source>
        <translation>Seguir igualmente</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keep going: the model forgets the beginning (not asked again in this chat)</source>
        <translation>Seguir: el modelo olvida el principio (no se volverá a preguntar en este chat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the summary</source>
        <translation>Cancelar el resumen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The model&apos;s memory is full</source>
        <translation>La memoria del modelo está llena</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{model} can&apos;t keep this whole chat in mind: it will forget the beginning.</source>
        <translation>{model} no puede recordar todo este chat: olvidará el principio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{model} can&apos;t keep this whole chat in mind, so Ollama did not answer rather than forget the beginning. Your message is kept.</source>
        <translation>{model} no puede recordar todo este chat, así que Ollama no respondió para no olvidar el principio. Tu mensaje se conserva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model could not see the start of this chat when it wrote its last reply: {model} forgot the beginning.</source>
        <translation>El modelo no podía ver el comienzo de este chat cuando escribió su última respuesta: {model} olvidó el principio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summarizing this chat… ({count} characters so far)</source>
        <translation>Resumiendo este chat… ({count} caracteres hasta ahora)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summarizing this chat…</source>
        <translation>Resumiendo este chat…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/ui/common/message_bar.py" line="+18"/>
        <source>Problem report</source>
        <translation>Aviso de problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details were written to {path}.</source>
        <translation>Los detalles se escribieron en {path}.</translation>
    </message>
</context>
<context>
    <name>MessageBody</name>
    <message>
        <location filename="../../desktop/ui/chat/message_body.py" line="+303"/>
        <source>This text is very long, so it is shown as plain text, without formatting. Copy gives all of it.</source>
        <translation>Este texto es muy largo, así que se muestra como texto sin formato. «Copiar» lo da completo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>… {count} more characters are not shown. Copy gives all of them.</source>
        <translation>… {count} caracteres más no se muestran. «Copiar» los da todos.</translation>
    </message>
</context>
<context>
    <name>MessageFooter</name>
    <message>
        <location filename="../../desktop/ui/chat/message_footer.py" line="+59"/>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous version</source>
        <translation>Mostrar la versión anterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the next version</source>
        <translation>Mostrar la versión siguiente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Copy the message (as written, in markdown)</source>
        <translation>Copiar el mensaje (tal como se escribió, en markdown)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this message and send it again (the old version is kept)</source>
        <translation>Cambiar este mensaje y enviarlo de nuevo (la versión anterior se conserva)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regenerate reply</source>
        <translation>Regenerar respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this reply again (the old version is kept)</source>
        <translation>Escribir esta respuesta de nuevo (la versión anterior se conserva)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete message</source>
        <translation>Borrar mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this message and everything after it</source>
        <translation>Borrar este mensaje y todo lo que le sigue</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <location filename="../../desktop/ui/chat/text_view.py" line="+40"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../desktop/ui/chat/message_widget.py" line="+86"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+208"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Message from {who}</source>
        <translation>Mensaje de {who}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attached images</source>
        <translation>Imágenes adjuntas</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Loading model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {name} for your question: {done} of {total} parts…</source>
        <translation>Leyendo {name} para tu pregunta: {done} de {total} partes…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Version {n} of {count}</source>
        <translation>Versión {n} de {count}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This model isn&apos;t installed: {model}. Download it, then press Retry.</source>
        <translation>Este modelo no está instalado: {model}. Descárgalo y luego pulsa Reintentar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} Your message is kept; press Retry when the server is back.</source>
        <translation>{reason} Tu mensaje se conserva; pulsa Reintentar cuando el servidor vuelva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply above is incomplete. {reason}</source>
        <translation>La respuesta de arriba está incompleta. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
</context>
<context>
    <name>ModelDetailsPane</name>
    <message>
        <location filename="../../desktop/ui/models/details_pane.py" line="+55"/>
        <source>Model details</source>
        <translation>Detalles del modelo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a model to see its details.</source>
        <translation>Selecciona un modelo para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+2"/>
        <source>Chat with this model</source>
        <translation>Chatear con este modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new chat with this model (Enter)</source>
        <translation>Abrir un chat nuevo con este modelo (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy or rename…</source>
        <translation>Copiar o cambiar el nombre…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy or rename</source>
        <translation>Copiar o cambiar el nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a copy under a new name, or rename it (F2)</source>
        <translation>Hacer una copia con otro nombre o cambiarle el nombre (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from the computer running Ollama (Del)</source>
        <translation>Quitarlo del equipo donde se ejecuta Ollama (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unload from memory</source>
        <translation>Liberar de la memoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free the memory it uses now; it stays installed and loads again when used</source>
        <translation>Liberar ahora la memoria que usa; sigue instalado y se vuelve a cargar al usarlo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Good for</source>
        <translation>Sirve para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can</source>
        <translation>Puede</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In memory</source>
        <translation>En memoria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model texts</source>
        <translation>Textos del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelfile</source>
        <translation>Modelfile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy this text</source>
        <translation>Copiar este texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the text of the open tab to the clipboard</source>
        <translation>Copiar al portapapeles el texto de la pestaña abierta</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{family} family</source>
        <translation>familia {family}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} parameters</source>
        <translation>{count} parámetros</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>changed {when}</source>
        <translation>modificado {when}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Loading details…</source>
        <translation>Cargando detalles…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Size on disk</source>
        <translation>Tamaño en disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory, at most</source>
        <translation>Memoria, como máximo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much of the conversation it can keep in mind: the most it was trained for. Ollama gives it less unless a chat asks for more (Chat settings → Memory).</source>
        <translation>Cuánto de la conversación puede recordar: el máximo para el que se entrenó. Ollama le da menos salvo que un chat pida más (Ajustes del chat → Memoria).</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No settings of its own: Ollama&apos;s defaults apply.</source>
        <translation>Sin ajustes propios: se aplican los valores predeterminados de Ollama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no system prompt)</source>
        <translation>(sin instrucciones del sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no template)</source>
        <translation>(sin plantilla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no license text included)</source>
        <translation>(no incluye texto de licencia)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not loaded</source>
        <translation>no cargado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded, {size}, {countdown}</source>
        <translation>cargado, {size}, {countdown}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../desktop/ui/chat/model_picker.py" line="+95"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which model answers in this chat. You can change it at any time; each reply remembers the model that wrote it.</source>
        <translation>Qué modelo responde en este chat. Puedes cambiarlo cuando quieras; cada respuesta recuerda el modelo que la escribió.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{name} (not installed)</source>
        <translation>{name} (no instalado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model isn&apos;t installed on the server.</source>
        <translation>Este modelo no está instalado en el servidor.</translation>
    </message>
</context>
<context>
    <name>ModelUpdates</name>
    <message>
        <location filename="../../desktop/services/models/updates.py" line="+410"/>
        <source>Update available — small change (settings only)</source>
        <translation>Actualización disponible: cambio pequeño (solo ajustes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update available — up to {size} to download</source>
        <translation>Actualización disponible: hasta {size} por descargar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update available — {size} to download</source>
        <translation>Actualización disponible: {size} por descargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a sign-in to {host}</source>
        <translation>Requiere iniciar sesión en {host}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t check: {host} doesn&apos;t offer a secure connection (https)</source>
        <translation>No se puede comprobar: {host} no ofrece una conexión segura (https)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating (see the download list)</source>
        <translation>Actualizando (ver la lista de descargas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t check: the registry can&apos;t be reached</source>
        <translation>No se puede comprobar: no se puede contactar con el registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t check: the registry doesn&apos;t offer a secure connection (https)</source>
        <translation>No se puede comprobar: el registro no ofrece una conexión segura (https)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer available upstream</source>
        <translation>Ya no está disponible en el origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model was made on this computer (no registry to check)</source>
        <translation>Este modelo se creó en este ordenador (no hay registro que comprobar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs an ollama.com sign-in</source>
        <translation>Requiere iniciar sesión en ollama.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on ollama.com (nothing to update)</source>
        <translation>Funciona en ollama.com (nada que actualizar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t check: the registry&apos;s answer wasn&apos;t understood</source>
        <translation>No se puede comprobar: no se entendió la respuesta del registro</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../desktop/services/models/catalog.py" line="+105"/>
        <source>The model catalogue could not be read: {error}</source>
        <translation>No se pudo leer el catálogo de modelos: {error}</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+29"/>
        <source>Fits well</source>
        <translation>Cabe bien</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Runs on the graphics card: needs about {need} of memory; the card ({card}) has {have}.</source>
        <translation>Se ejecuta en la tarjeta gráfica: necesita unos {need} de memoria; la tarjeta ({card}) tiene {have}.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Runs online</source>
        <translation>Se ejecuta en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It runs on Ollama&apos;s computers, so it needs no memory here. Your Ollama server must be signed in to an ollama.com account.</source>
        <translation>Se ejecuta en los ordenadores de Ollama, así que aquí no necesita memoria. Tu servidor de Ollama debe tener la sesión iniciada en una cuenta de ollama.com.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its size is not known yet, so Paddock can&apos;t tell.</source>
        <translation>Aún no se conoce su tamaño, así que Paddock no puede saberlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>It needs about {need} of memory; this computer&apos;s memory is unknown.</source>
        <translation>Necesita unos {need} de memoria; no se sabe cuánta memoria tiene este equipo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fits, but slow</source>
        <translation>Cabe, pero lento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It needs about {need} of memory and this computer has {have}, but without a graphics card it will answer slowly.</source>
        <translation>Necesita unos {need} de memoria y este equipo tiene {have}, pero sin tarjeta gráfica responderá despacio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It needs about {need} of memory; this computer has {have}.</source>
        <translation>Necesita unos {need} de memoria; este equipo tiene {have}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tight</source>
        <translation>Justo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It needs about {need} of memory of this computer&apos;s {have}: close other programs first.</source>
        <translation>Necesita unos {need} de los {have} de memoria de este equipo: cierra antes otros programas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too big</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It needs about {need} of memory, but this computer has only {have}.</source>
        <translation>Necesita unos {need} de memoria, pero este equipo solo tiene {have}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/create.py" line="+34"/>
        <source>Pick the installed model to start from.</source>
        <translation>Elige el modelo instalado del que partir.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reusing the model&apos;s files</source>
        <translation>Reutilizando los archivos del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the new settings</source>
        <translation>Guardando los nuevos ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picked a chat template for the model</source>
        <translation>Se eligió una plantilla de chat para el modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the model smaller (quantizing)</source>
        <translation>Haciendo el modelo más pequeño (cuantizando)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading the base model</source>
        <translation>Descargando el modelo base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the GGUF file</source>
        <translation>Leyendo el archivo GGUF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the download</source>
        <translation>Comprobando la descarga</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/gguf_import.py" line="+41"/>
        <source>“{name}” is a folder. Pick a .gguf model file.</source>
        <translation>«{name}» es una carpeta. Elige un archivo de modelo .gguf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{path}” doesn&apos;t exist any more.</source>
        <translation>«{path}» ya no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” can&apos;t be read: {reason}.</source>
        <translation>No se puede leer «{name}»: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not a GGUF model file. Ollama imports models in the GGUF format (files usually ending in .gguf).</source>
        <translation>«{name}» no es un archivo de modelo GGUF. Ollama importa modelos en formato GGUF (archivos que suelen terminar en .gguf).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the file (computing its fingerprint)</source>
        <translation>Comprobando el archivo (calculando su huella)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the model</source>
        <translation>Creando el modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/manage.py" line="+24"/>
        <source>The new name is the same as the old one.</source>
        <translation>El nombre nuevo es igual que el anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A model called “{name}” is already installed.</source>
        <translation>Ya hay un modelo instalado llamado «{name}».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/names.py" line="+51"/>
        <source>Type the name of a model, for example llama3.2 or qwen3:8b.</source>
        <translation>Escribe el nombre de un modelo, por ejemplo llama3.2 o qwen3:8b.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A model name can&apos;t contain spaces, for example “llama3.2:3b”.</source>
        <translation>Un nombre de modelo no puede contener espacios, por ejemplo «llama3.2:3b».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A model name has at most three parts separated by “/”: registry/namespace/model, for example example.com/team/model:tag.</source>
        <translation>Un nombre de modelo tiene como mucho tres partes separadas por «/»: registro/espacio/modelo, por ejemplo example.com/team/model:tag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a tag after the colon (for example “:latest”) or remove the colon.</source>
        <translation>Añade una etiqueta después de los dos puntos (por ejemplo «:latest») o quita los dos puntos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A model name can have only one “:” before its tag.</source>
        <translation>Un nombre de modelo solo puede tener un «:» antes de su etiqueta.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The registry address is missing: nothing may stand empty between the “/” signs.</source>
        <translation>Falta la dirección del registro: no puede quedar nada vacío entre los signos «/».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The namespace is missing: nothing may stand empty between the “/” signs.</source>
        <translation>Falta el espacio de nombres: no puede quedar nada vacío entre los signos «/».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model name is missing: nothing may stand empty between the “/” signs.</source>
        <translation>Falta el nombre del modelo: no puede quedar nada vacío entre los signos «/».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag is missing: nothing may stand empty between the “/” signs.</source>
        <translation>Falta la etiqueta: no puede quedar nada vacío entre los signos «/».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry address is too long (at most {limit} characters).</source>
        <translation>La dirección del registro es demasiado larga (como mucho {limit} caracteres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The namespace is too long (at most {limit} characters).</source>
        <translation>El espacio de nombres es demasiado largo (como mucho {limit} caracteres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model name is too long (at most {limit} characters).</source>
        <translation>El nombre del modelo es demasiado largo (como mucho {limit} caracteres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag is too long (at most {limit} characters).</source>
        <translation>La etiqueta es demasiado larga (como mucho {limit} caracteres).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry address “{value}” must start with a letter or a digit.</source>
        <translation>La dirección del registro «{value}» debe empezar por una letra o una cifra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The namespace “{value}” must start with a letter or a digit.</source>
        <translation>El espacio de nombres «{value}» debe empezar por una letra o una cifra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model name “{value}” must start with a letter or a digit.</source>
        <translation>El nombre del modelo «{value}» debe empezar por una letra o una cifra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag “{value}” must start with a letter or a digit.</source>
        <translation>La etiqueta «{value}» debe empezar por una letra o una cifra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry address “{value}” contains “{character}”. Use only letters, digits and {allowed}.</source>
        <translation>La dirección del registro «{value}» contiene «{character}». Usa solo letras, cifras y {allowed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The namespace “{value}” contains “{character}”. Use only letters, digits and {allowed}.</source>
        <translation>El espacio de nombres «{value}» contiene «{character}». Usa solo letras, cifras y {allowed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model name “{value}” contains “{character}”. Use only letters, digits and {allowed}.</source>
        <translation>El nombre del modelo «{value}» contiene «{character}». Usa solo letras, cifras y {allowed}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tag “{value}” contains “{character}”. Use only letters, digits and {allowed}.</source>
        <translation>La etiqueta «{value}» contiene «{character}». Usa solo letras, cifras y {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/models/suggestions.py" line="+72"/>
        <source>A model your Ollama server suggests. It runs on Ollama&apos;s computers, not on this one.</source>
        <translation>Un modelo que sugiere tu servidor de Ollama. Se ejecuta en los ordenadores de Ollama, no en este.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A model your Ollama server suggests for its hardware.</source>
        <translation>Un modelo que tu servidor de Ollama sugiere para su hardware.</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <location filename="../../desktop/ui/models/tab.py" line="+135"/>
        <source>Model sections</source>
        <translation>Secciones de modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discover models</source>
        <translation>Descubrir modelos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+385"/>
        <source>In memory</source>
        <translation>En memoria</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Models on the computer running Ollama</source>
        <translation>Modelos en el equipo donde se ejecuta Ollama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find popular models to download</source>
        <translation>Encontrar modelos populares para descargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models loaded in memory right now</source>
        <translation>Modelos cargados en memoria ahora mismo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Download a model:</source>
        <translation>Descargar un modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model name to download</source>
        <translation>Nombre del modelo que descargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a model name, e.g. llama3.2 or qwen3:8b (Ctrl+D)</source>
        <translation>Escribe el nombre de un modelo, p. ej., llama3.2 o qwen3:8b (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names look like model, model:tag, namespace/model:tag or registry/namespace/model:tag. Not sure? Look in Discover models.</source>
        <translation>Los nombres tienen la forma modelo, modelo:etiqueta, espacio/modelo:etiqueta o registro/espacio/modelo:etiqueta. ¿No estás seguro? Mira en Descubrir modelos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this model to the downloads</source>
        <translation>Añadir este modelo a las descargas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Allow insecure (HTTP) registry</source>
        <translation>Permitir un registro inseguro (HTTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for registries you run yourself that don&apos;t offer HTTPS</source>
        <translation>Solo para registros propios que no ofrecen HTTPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a model…</source>
        <translation>Crear un modelo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a model</source>
        <translation>Crear un modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make your own model from an installed one, with its own instructions</source>
        <translation>Crear tu propio modelo a partir de uno instalado, con sus propias instrucciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a GGUF file…</source>
        <translation>Importar un archivo GGUF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a GGUF file</source>
        <translation>Importar un archivo GGUF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a model from a .gguf file on this computer</source>
        <translation>Añadir un modelo desde un archivo .gguf de este equipo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter models</source>
        <translation>Filtrar modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name or family (Ctrl+F)</source>
        <translation>Filtrar por nombre o familia (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by ability</source>
        <translation>Filtrar por capacidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any ability</source>
        <translation>Cualquier capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sees images (vision)</source>
        <translation>Ve imágenes (visión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses tools</source>
        <translation>Usa herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinks step by step</source>
        <translation>Piensa paso a paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only models that can do this</source>
        <translation>Mostrar solo los modelos que pueden hacerlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list of installed models again (F5)</source>
        <translation>Volver a leer la lista de modelos instalados (F5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No models installed yet. Type a name above, or pick one in “Discover models”.</source>
        <translation>Aún no hay modelos instalados. Escribe un nombre arriba o elige uno en «Descubrir modelos».</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“{name}” is already in the download list.</source>
        <translation>«{name}» ya está en la lista de descargas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ollama can&apos;t be reached, so nothing can be downloaded now.</source>
        <translation>No se puede contactar con Ollama, así que ahora no se puede descargar nada.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Installed ({count})</source>
        <translation>Instalados ({count})</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>In memory ({count})</source>
        <translation>En memoria ({count})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}”?</source>
        <translation>¿Eliminar «{name}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This frees up to {size} on the computer running Ollama. Files shared with other models are kept. You can download it again later.</source>
        <translation>Esto libera hasta {size} en el equipo donde se ejecuta Ollama. Los archivos compartidos con otros modelos se conservan. Puedes volver a descargarlo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{name}” has no update to download right now.</source>
        <translation>«{name}» no tiene ninguna actualización para descargar ahora.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/updates_view.py" line="+67"/>
        <source>{state} (checked {when})</source>
        <translation>{state} (comprobado {when})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking for updates…</source>
        <translation>Buscando actualizaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked for updates yet.</source>
        <translation>Aún no se han buscado actualizaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last checked for updates {when}.</source>
        <translation>Última búsqueda de actualizaciones: {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check runs from this computer, not from the computer running Ollama.</source>
        <translation>La comprobación se hace desde este ordenador, no desde el ordenador donde funciona Ollama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/tab.py" line="+68"/>
        <source>Download finished</source>
        <translation>Descarga terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is ready to use.</source>
        <translation>«{name}» está listo para usar.</translation>
    </message>
</context>
<context>
    <name>OllamaLogDialog</name>
    <message>
        <location filename="../../desktop/ui/common/log_dialog.py" line="+19"/>
        <source>Ollama log</source>
        <translation>Registro de Ollama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ollama — started by Paddock</source>
        <translation>Ollama — iniciado por Paddock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock started Ollama for you and will stop it when you quit. Its messages:</source>
        <translation>Paddock ha iniciado Ollama por ti y lo detendrá al salir. Sus mensajes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ollama&apos;s messages</source>
        <translation>Mensajes de Ollama</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <location filename="../../desktop/ui/onboarding.py" line="+59"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting started with Paddock</source>
        <translation>Primeros pasos con Paddock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome to Paddock</source>
        <translation>Te damos la bienvenida a Paddock</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the guide</source>
        <translation>Omitir la guía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this guide; it won&apos;t be shown again</source>
        <translation>Cerrar esta guía; no se volverá a mostrar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paddock talks to Ollama, the free program that runs language models on your computer. Looking for it…</source>
        <translation>Paddock habla con Ollama, el programa gratuito que ejecuta modelos de lenguaje en tu equipo. Buscándolo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start Ollama</source>
        <translation>Iniciar Ollama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look for Ollama again</source>
        <translation>Volver a buscar Ollama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get Ollama…</source>
        <translation>Obtener Ollama…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download Ollama</source>
        <translation>Descargar Ollama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use another server…</source>
        <translation>Usar otro servidor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to Ollama on another computer</source>
        <translation>Conectarse a Ollama en otro equipo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ollama is running. To chat you need a model. A good first one is {name} ({size} to download): {description}</source>
        <translation>Ollama está en marcha. Para chatear necesitas un modelo. Uno bueno para empezar es {name} ({size} de descarga): {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download {name} ({size})</source>
        <translation>Descargar {name} ({size})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ollama is running. To chat you need a model: pick one to download.</source>
        <translation>Ollama está en marcha. Para chatear necesitas un modelo: elige uno para descargar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a model</source>
        <translation>Descargar un modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the suggested model</source>
        <translation>Descargar el modelo sugerido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another in the Models tab</source>
        <translation>Elegir otro en la pestaña Modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Models tab</source>
        <translation>Abrir la pestaña Modelos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start chatting</source>
        <translation>Empezar a chatear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a chat</source>
        <translation>Empezar un chat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected. Checking which models are installed…</source>
        <translation>Conectado. Comprobando qué modelos están instalados…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem}

If Ollama is installed, start it. If not, get it from ollama.com, install it, then press Try again.</source>
        <translation>{problem}

Si Ollama está instalado, inícialo. Si no, descárgalo de ollama.com, instálalo y luego pulsa Reintentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for Ollama at {url}…</source>
        <translation>Buscando Ollama en {url}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Downloading {name}… This can take a few minutes. You can keep using Paddock meanwhile; the progress is also in the Models tab.</source>
        <translation>Descargando {name}… Puede tardar unos minutos. Mientras tanto puedes seguir usando Paddock; el progreso también aparece en la pestaña Modelos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You&apos;re all set: {model} is ready. Say hello!</source>
        <translation>Todo listo: {model} está preparado. ¡Salúdalo!</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop/ui/generate/options_panel.py" line="+35"/>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the next word is picked.</source>
        <translation>Cómo se elige la siguiente palabra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing any of these reloads the model, which takes a while.</source>
        <translation>Cambiar cualquiera de estos vuelve a cargar el modelo, lo que tarda un rato.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing this reloads the model.</source>
        <translation>Cambiar esto vuelve a cargar el modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent as “{name}”</source>
        <translation>Se envía como «{name}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/option_editor.py" line="+111"/>
        <source>Reset {name}</source>
        <translation>Restablecer {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>one per line</source>
        <translation>una por línea</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>model&apos;s default: {value}</source>
        <translation>valor predeterminado del modelo: {value}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>default: {value}</source>
        <translation>predeterminado: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} sets this in its own settings</source>
        <translation>{model} lo define en sus propios ajustes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ollama&apos;s built-in value</source>
        <translation>Valor integrado de Ollama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the default ({value})</source>
        <translation>Volver al valor predeterminado ({value})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>PendingImages</name>
    <message>
        <location filename="../../desktop/ui/chat/attachments.py" line="+116"/>
        <source>Images to send</source>
        <translation>Imágenes para enviar</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this image</source>
        <translation>Quitar esta imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t send this image</source>
        <translation>No enviar esta imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <location filename="../../desktop/ui/common/error_dialog.py" line="+30"/>
        <source>Show details…</source>
        <translation>Mostrar detalles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the technical details</source>
        <translation>Mostrar los detalles técnicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The technical side of this problem, for someone helping you</source>
        <translation>El lado técnico de este problema, para quien te ayude</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../desktop/ollama/registry.py" line="+102"/>
        <source>The registry {host} can&apos;t be reached.</source>
        <translation>No se puede contactar con el registro {host}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry {host} doesn&apos;t answer over a secure connection (https).</source>
        <translation>El registro {host} no responde mediante una conexión segura (https).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The registry has no model named “{name}”.</source>
        <translation>El registro no tiene ningún modelo llamado «{name}».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The registry {host} asks for a sign-in.</source>
        <translation>El registro {host} pide iniciar sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry {host} gave an answer Paddock doesn&apos;t understand.</source>
        <translation>El registro {host} dio una respuesta que Paddock no entiende.</translation>
    </message>
</context>
<context>
    <name>ReplyWords</name>
    <message>
        <location filename="../../desktop/ui/chat/reply_words.py" line="+45"/>
        <source>loaded in {seconds} s</source>
        <translation>cargado en {seconds} s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reply length</source>
        <translation>Longitud de la respuesta</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>Writing speed</source>
        <translation>Velocidad de escritura</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>about {count} words a second</source>
        <translation>unas {count} palabras por segundo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>written in {seconds} s</source>
        <translation>escrito en {seconds} s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read before answering</source>
        <translation>Leído antes de responder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the model</source>
        <translation>Carga del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before the reply was finished.</source>
        <translation>Detenido antes de que la respuesta terminara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped at the reply length limit. Raise “Reply length limit” in this chat&apos;s settings for longer replies.</source>
        <translation>Se detuvo en el límite de longitud de la respuesta. Para respuestas más largas, sube «Límite de longitud de la respuesta» en los ajustes de este chat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model could not see the start of this chat when it wrote this reply.</source>
        <translation>El modelo no podía ver el comienzo de este chat cuando escribió esta respuesta.</translation>
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
        <translation>¿Qué debe escribir el modelo? Ctrl+Enter lo ejecuta, Esc lo detiene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text that comes after the gap; the model writes what goes between</source>
        <translation>Texto que va después del hueco; el modelo escribe lo que va en medio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only models that can fill in the middle (code models like qwen2.5-coder) accept a suffix.</source>
        <translation>Solo los modelos que saben rellenar el medio (modelos de código como qwen2.5-coder) aceptan un sufijo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: how the model should behave (replaces the model&apos;s own)</source>
        <translation>Opcional: cómo debe comportarse el modelo (sustituye a las suyas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you ask for; the model writes what follows.</source>
        <translation>Lo que pides; el modelo escribe lo que sigue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suffi&amp;x</source>
        <translation>Sufi&amp;jo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For code models: the text after a gap, so the model fills in the middle.</source>
        <translation>Para modelos de código: el texto después de un hueco, para que el modelo rellene el medio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ystem</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the model should behave; empty keeps the model&apos;s own instructions.</source>
        <translation>Cómo debe comportarse el modelo; si lo dejas vacío, se mantienen sus propias instrucciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raw mode: send the prompt exactly as typed</source>
        <translation>Modo sin formato: enviar el prompt tal como se escribió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw mode</source>
        <translation>Modo sin formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skips the model&apos;s chat template, so you write the special tokens yourself. The server refuses raw mode together with a system prompt, a template or carried context, so those are switched off.</source>
        <translation>Omite la plantilla de chat del modelo, así que escribes tú los tokens especiales. El servidor rechaza el modo sin formato junto con instrucciones del sistema, una plantilla o contexto arrastrado, así que se desactivan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raw mode is on: the system prompt, the template and the carried context are not sent (the server would refuse them).</source>
        <translation>El modo sin formato está activado: no se envían las instrucciones del sistema, la plantilla ni el contexto arrastrado (el servidor los rechazaría).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Continue from the last response</source>
        <translation>Continuar desde la última respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends the context the previous run returned, so the model remembers that exchange.</source>
        <translation>Envía el contexto que devolvió la ejecución anterior, para que el modelo recuerde ese intercambio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context carried</source>
        <translation>Contexto arrastrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the carried context</source>
        <translation>Olvidar el contexto arrastrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the last response&apos;s context</source>
        <translation>Olvidar el contexto de la última respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For experts: your text goes without the model&apos;s usual wrapping.</source>
        <translation>Para expertos: tu texto va sin el envoltorio habitual del modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lets the model remember the previous run, like a short conversation.</source>
        <translation>Permite que el modelo recuerde la ejecución anterior, como en una conversación corta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format</source>
        <translation>Formato de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON matching a schema</source>
        <translation>JSON que cumple un esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for JSON output, optionally of a given shape</source>
        <translation>Pedir salida en JSON, opcionalmente con una forma concreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schema check</source>
        <translation>Comprobación del esquema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About JSON</source>
        <translation>Sobre JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small models often can&apos;t write valid JSON and keep going. Unless you set a reply length limit, the reply stops after {count} tokens.</source>
        <translation>Los modelos pequeños a menudo no logran escribir JSON válido y siguen sin parar. Si no fijas un límite de longitud, la respuesta se detiene tras {count} tokens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free text, or JSON: data a program can read, in a shape you may give.</source>
        <translation>Texto libre o JSON: datos que un programa puede leer, con la forma que quieras indicar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s default</source>
        <translation>Predeterminado del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low effort</source>
        <translation>Esfuerzo bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium effort</source>
        <translation>Esfuerzo medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High effort</source>
        <translation>Esfuerzo alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum effort</source>
        <translation>Esfuerzo máximo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thinking models reason before answering; the reasoning shows in its own section. Low/Medium/High set how long they think, where the model supports it.</source>
        <translation>Los modelos que razonan piensan antes de responder; el razonamiento aparece en su propia sección. Bajo/Medio/Alto fija cuánto piensan, si el modelo lo admite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model doesn&apos;t think step by step.</source>
        <translation>Este modelo no piensa paso a paso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the model reasons before it answers: slower, often better.</source>
        <translation>Si el modelo razona antes de responder: más lento, a menudo mejor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Thinking</source>
        <translation>&amp;Razonamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add image</source>
        <translation>Añadir imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add pictures for the model to look at</source>
        <translation>Añadir imágenes para que el modelo las mire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove images</source>
        <translation>Quitar imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected images (or all)</source>
        <translation>Quitar las imágenes seleccionadas (o todas)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This model can&apos;t look at images.</source>
        <translation>Este modelo no puede mirar imágenes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures the model looks at along with the prompt.</source>
        <translation>Imágenes que el modelo mira junto con el prompt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep model loaded</source>
        <translation>Mantener el modelo cargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server default (5m) — e.g. 300, 10m, -1</source>
        <translation>predeterminado del servidor (5m): p. ej., 300, 10m, -1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the model stays in memory after this run: seconds (300), a duration (10m, 1h), 0 to unload at once, -1 to keep it loaded.</source>
        <translation>Cuánto tiempo se queda el modelo en memoria tras esta ejecución: segundos (300), una duración (10m, 1h), 0 para liberarlo enseguida, -1 para mantenerlo cargado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep loaded</source>
        <translation>Mantener &amp;cargado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long the model stays in memory afterwards: empty for the server&apos;s 5 minutes, 0 to unload at once, -1 to keep it.</source>
        <translation>Cuánto tiempo se queda el modelo en memoria después: vacío para los 5 minutos del servidor, 0 para liberarlo enseguida, -1 para mantenerlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream the answer as it is written</source>
        <translation>Ver la respuesta mientras se escribe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: wait and get the whole answer at once</source>
        <translation>Desactivado: esperar y recibir toda la respuesta de una vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On: words appear as they are written. Off: the answer comes whole.</source>
        <translation>Activado: las palabras aparecen a medida que se escriben. Desactivado: la respuesta llega entera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show how sure the model was</source>
        <translation>Mostrar lo seguro que estaba el modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log probabilities</source>
        <translation>Probabilidades logarítmicas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asks for each token&apos;s probability: the output can then be tinted by certainty, with the likeliest alternatives on hover.</source>
        <translation>Pide la probabilidad de cada token: así la salida puede colorearse según la seguridad, con las alternativas más probables al pasar el ratón.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternatives per token</source>
        <translation>Alternativas por token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many alternatives to show per token (0–20)</source>
        <translation>Cuántas alternativas mostrar por token (0–20)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alternatives:</source>
        <translation>alternativas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tints each word by how sure the model was, with its alternatives on hover.</source>
        <translation>Colorea cada palabra según lo seguro que estaba el modelo, con sus alternativas al pasar el ratón.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template override</source>
        <translation>Plantilla personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go template; empty = the model&apos;s own</source>
        <translation>Plantilla de Go; vacía = la del modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cut a too-long prompt to fit</source>
        <translation>Recortar un prompt demasiado largo para que quepa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncate</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On (the default): a prompt longer than the context loses its start. Off: the server refuses it instead.</source>
        <translation>Activado (predeterminado): un prompt más largo que el contexto pierde su principio. Desactivado: el servidor lo rechaza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make room when the context fills up</source>
        <translation>Hacer sitio cuando el contexto se llena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On (the default): a long answer drops the oldest tokens to keep going. Off: it stops when the context is full.</source>
        <translation>Activado (predeterminado): una respuesta larga descarta los tokens más antiguos para seguir. Desactivado: se detiene cuando el contexto está lleno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Te&amp;mplate</source>
        <translation>Planti&amp;lla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wrapping put around your text; empty keeps the model&apos;s own.</source>
        <translation>El envoltorio que rodea tu texto; si lo dejas vacío, se mantiene el del modelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A prompt too long for the model loses its start instead of failing.</source>
        <translation>Un prompt demasiado largo para el modelo pierde su principio en lugar de fallar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A long answer forgets its oldest part to keep going, not stop.</source>
        <translation>Una respuesta larga olvida su parte más antigua para seguir, en vez de detenerse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show advanced settings</source>
        <translation>Mostrar ajustes avanzados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Advanced: template, context handling and all model options</source>
        <translation>Avanzado: plantilla, gestión del contexto y todas las opciones del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} changed</source>
        <translation>{count} cambiados</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Write a JSON schema, or choose plain JSON.</source>
        <translation>Escribe un esquema JSON o elige JSON simple.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Valid JSON</source>
        <translation>✓ JSON válido</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing to continue from yet</source>
        <translation>aún no hay nada desde donde continuar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="-9"/>
        <source>%Ln token(s) kept, not sent in raw mode</source>
        <translation>
            <numerusform>%Ln token guardado, no se envía en modo sin procesar</numerusform>
            <numerusform>%Ln tokens guardados, no se envían en modo sin procesar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln token(s) will be sent</source>
        <translation>
            <numerusform>Se enviará %Ln token</numerusform>
            <numerusform>Se enviarán %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln token(s) from the last run</source>
        <translation>
            <numerusform>%Ln token de la última ejecución</numerusform>
            <numerusform>%Ln tokens de la última ejecución</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generate/request_form.py" line="+15"/>
        <source>Add images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../desktop/ui/generate/result_view.py" line="+59"/>
        <location line="+55"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a model, write a prompt and press Run.</source>
        <translation>Elige un modelo, escribe un prompt y pulsa Ejecutar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show output as</source>
        <translation>Mostrar la salida como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formatted (markdown)</source>
        <translation>Con formato (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tinted by certainty</source>
        <translation>Coloreado según la seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain text shows exactly what the model wrote. Formatted and tinted views appear when the run ends; tinting needs “Show how sure the model was”.</source>
        <translation>El texto sin formato muestra exactamente lo que escribió el modelo. Las vistas con formato y coloreada aparecen al terminar la ejecución; colorear necesita «Mostrar lo seguro que estaba el modelo».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download the model</source>
        <translation>Descargar el modelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the thinking</source>
        <translation>Mostrar u ocultar el razonamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model&apos;s answer appears here.</source>
        <translation>Aquí aparece la respuesta del modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output as formatted text</source>
        <translation>Salida como texto con formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output tinted by certainty</source>
        <translation>Salida coloreada según la seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Green: the model was sure of that word; yellow to red: less and less sure. Hover a word to see the alternatives it weighed.</source>
        <translation>Verde: el modelo estaba seguro de esa palabra; de amarillo a rojo: cada vez menos seguro. Pasa el ratón por una palabra para ver las alternativas que consideró.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON check</source>
        <translation>Comprobación de JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run figures</source>
        <translation>Cifras de la ejecución</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show as:</source>
        <translation>Mostrar como:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request sent</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exact request body appears here when you run.</source>
        <translation>Aquí aparece el cuerpo exacto de la solicitud al ejecutar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Copy the request</source>
        <translation>Copiar la solicitud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a curl command that sends this request to the current server</source>
        <translation>Copiar un comando curl que envía esta solicitud al servidor actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body sent to /api/generate, exactly:</source>
        <translation>El cuerpo enviado a /api/generate, exactamente:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Final response</source>
        <translation>Respuesta final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The final response appears after a run.</source>
        <translation>La respuesta final aparece tras una ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the response</source>
        <translation>Copiar la respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s final answer, with the streamed text joined into “response”:</source>
        <translation>La respuesta final del servidor, con el texto recibido unido en «response»:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run history</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show result</source>
        <translation>Mostrar el resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected run&apos;s result</source>
        <translation>Mostrar el resultado de la ejecución seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit again</source>
        <translation>Volver a editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected run&apos;s request back in the form</source>
        <translation>Devolver al formulario la solicitud de la ejecución seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare two</source>
        <translation>Comparar dos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two runs</source>
        <translation>Comparar dos ejecuciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session&apos;s runs, newest first (the last 20). Double-click one to see its result; select two to compare them side by side.</source>
        <translation>Las ejecuciones de esta sesión, de la más reciente a la más antigua (las últimas 20). Haz doble clic en una para ver su resultado; selecciona dos para compararlas lado a lado.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Waiting for the model (loading it can take a while)…</source>
        <translation>Esperando al modelo (cargarlo puede tardar un rato)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{tokens} tokens, read at {rate} tokens/s</source>
        <translation>{tokens} tokens, leídos a {rate} tokens/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tokens} tokens, written at {rate} tokens/s</source>
        <translation>{tokens} tokens, escritos a {rate} tokens/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model</source>
        <translation>Carga del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it stopped</source>
        <translation>Por qué se detuvo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Valid JSON that matches the schema</source>
        <translation>✓ JSON válido que cumple el esquema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Valid JSON</source>
        <translation>✓ JSON válido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download {model}</source>
        <translation>Descargar {model}</translation>
    </message>
</context>
<context>
    <name>RunningModelsPanel</name>
    <message>
        <location filename="../../desktop/ui/models/running_panel.py" line="+59"/>
        <source>Models in memory</source>
        <translation>Modelos en memoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Memoria usada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Se ejecuta en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unloads</source>
        <translation>Se libera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No model is in memory right now. A model loads when you chat with it and unloads by itself after a few idle minutes.</source>
        <translation>Ahora mismo no hay ningún modelo en memoria. Un modelo se carga cuando chateas con él y se libera solo tras unos minutos sin uso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Models loaded in memory answer at once. Unload one to free memory for other programs.</source>
        <translation>Los modelos cargados en memoria responden enseguida. Libera uno para dejar memoria a otros programas.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{gpu} in graphics memory</source>
        <translation>{gpu} en la memoria gráfica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the conversation it can keep in mind, as loaded now</source>
        <translation>Cuánto de la conversación puede recordar, tal como está cargado ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unload</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unload {name}</source>
        <translation>Liberar {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free this model&apos;s memory now</source>
        <translation>Liberar ahora la memoria de este modelo</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <location filename="../../desktop/ui/common/safe_text.py" line="+56"/>
        <source>This text is very long, so it is shown as plain text, without formatting.</source>
        <translation>Este texto es muy largo, así que se muestra como texto sin formato.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your web browser?

{url}</source>
        <translation>¿Abrir esta dirección en tu navegador web?

{url}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/ui/common/server_dialog.py" line="+39"/>
        <source>Line {number} should look like “Name: value”.</source>
        <translation>La línea {number} debería tener la forma «Nombre: valor».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an Ollama server</source>
        <translation>Añadir un servidor de Ollama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a server</source>
        <translation>Editar un servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this Ollama server</source>
        <translation>Editar este servidor de Ollama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Office GPU box</source>
        <translation>p. ej., Equipo con GPU de la oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for ollama.com or a proxy that asks</source>
        <translation>solo para ollama.com o un proxy que la pida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra headers</source>
        <translation>Cabeceras adicionales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>Comprobar el certificado del servidor (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check TLS certificate</source>
        <translation>Comprobar el certificado TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers</source>
        <translation>Ca&amp;beceras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in Ollama&apos;s cloud</source>
        <translation>Rellenar con la nube de Ollama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Ollama cloud template</source>
        <translation>Usar la plantilla de la nube de Ollama</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The API key and the headers are kept in your system&apos;s keyring, never in Paddock&apos;s files, and are sent only to this server.</source>
        <translation>La clave de API y las cabeceras se guardan en el llavero de tu sistema, nunca en los archivos de Paddock, y solo se envían a este servidor.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the server&apos;s address.</source>
        <translation>Escribe la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <location filename="../../desktop/ui/common/server_picker.py" line="+40"/>
        <source>Ollama server</source>
        <translation>Servidor de Ollama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit this server</source>
        <translation>Editar este servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Change this server&apos;s name, address or key</source>
        <translation>Cambiar el nombre, la dirección o la clave de este servidor</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Remove this server</source>
        <translation>Quitar este servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Remove this server from the list (your chats stay)</source>
        <translation>Quitar este servidor de la lista (tus chats se conservan)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Add a server…</source>
        <translation>Añadir un servidor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock talks to the Ollama server at {url}</source>
        <translation>Paddock habla con el servidor de Ollama en {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Ollama server Paddock talks to</source>
        <translation>Con qué servidor de Ollama habla Paddock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This address was given when Paddock started; it isn&apos;t saved.</source>
        <translation>Esta dirección se indicó al iniciar Paddock; no se guarda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the only server, so it can&apos;t be removed.</source>
        <translation>Este es el único servidor, así que no se puede quitar.</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../desktop/services/server_monitor.py" line="+121"/>
        <source>Can&apos;t reach Ollama at {url}: something unexpected went wrong.</source>
        <translation>No se puede contactar con Ollama en {url}: algo inesperado ha fallado.</translation>
    </message>
</context>
<context>
    <name>ServerStatusWidget</name>
    <message>
        <location filename="../../desktop/ui/common/status_bar.py" line="+23"/>
        <source>Server status</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection indicator</source>
        <translation>Indicador de conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the Ollama server…</source>
        <translation>Comprobando el servidor de Ollama…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry connecting to Ollama</source>
        <translation>Volver a intentar la conexión con Ollama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again now whether Ollama answers</source>
        <translation>Comprobar de nuevo ahora si Ollama responde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Ollama</source>
        <translation>Iniciar Ollama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Ollama on this computer</source>
        <translation>Iniciar Ollama en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ollama is installed here but not running: start it now</source>
        <translation>Ollama está instalado aquí pero no se está ejecutando: inícialo ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to ollama.com</source>
        <translation>Iniciar sesión en ollama.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server needs you to sign in to ollama.com first</source>
        <translation>Este servidor necesita que inicies sesión en ollama.com primero</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected to Ollama {version} at {url}</source>
        <translation>Conectado a Ollama {version} en {url}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach Ollama at {url}</source>
        <translation>No se puede contactar con Ollama en {url}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the Ollama server at {url}…</source>
        <translation>Comprobando el servidor de Ollama en {url}…</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <location filename="../../desktop/services/servers.py" line="+155"/>
        <source>Some saved servers could not be read and were removed: {names}. Add them again in Settings if you need them.</source>
        <translation>Algunos servidores guardados no se pudieron leer y se quitaron: {names}. Vuelve a añadirlos en Ajustes si los necesitas.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“{name}” already uses this address. Choose that server instead, or type another address.</source>
        <translation>«{name}» ya usa esta dirección. Elige ese servidor o escribe otra dirección.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>At least one server must stay.</source>
        <translation>Debe quedar al menos un servidor.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/dialog.py" line="+46"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
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
        <translation>Se aplica la próxima vez que se inicie Paddock.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text &amp;size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a chat message with</source>
        <translation>Enviar un mensaje de chat con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (Shift+Enter for a new line)</source>
        <translation>Enter (Shift+Enter para una línea nueva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter (Enter for a new line)</source>
        <translation>Ctrl+Enter (Enter para una línea nueva)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;with</source>
        <translation>Enviar &amp;con</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default model for new chats</source>
        <translation>Modelo predeterminado para chats nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. llama3.2 — empty: the first installed</source>
        <translation>p. ej., llama3.2 (vacío: el primero instalado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;model</source>
        <translation>&amp;Modelo predeterminado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Keep models loaded for</source>
        <translation>Mantener los modelos cargados durante</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ollama&apos;s default (5m); -1 = always</source>
        <translation>Valor predeterminado de Ollama (5m); -1 = siempre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stay loaded for 5 minutes</source>
        <translation>Mantener cargado 5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay loaded until Ollama stops</source>
        <translation>Mantener cargado hasta que Ollama se detenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unload after each reply</source>
        <translation>Liberar tras cada respuesta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Keep models loaded</source>
        <translation>Ma&amp;ntener los modelos cargados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings for new chats…</source>
        <translation>Ajustes de los chats nuevos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings every new chat starts with</source>
        <translation>Ajustes con los que empieza cada chat nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt, creativity and other settings every new chat starts with</source>
        <translation>Las instrucciones del sistema, la creatividad y otros ajustes con los que empieza cada chat nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New chats</source>
        <translation>Chats nuevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell me when a reply or download finishes while Paddock is in the background</source>
        <translation>Avisarme cuando termine una respuesta o una descarga mientras Paddock está en segundo plano</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show technical details (token counts and speeds)</source>
        <translation>Mostrar detalles técnicos (recuentos de tokens y velocidades)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For people who know Ollama: figures in tokens, every model option under its own name, and a model&apos;s template and Modelfile</source>
        <translation>Para quien conoce Ollama: cifras en tokens, cada opción del modelo con su propio nombre, y la plantilla y el Modelfile de un modelo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for newer versions of my models once a day</source>
        <translation>Buscar versiones nuevas de mis modelos una vez al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for model updates daily</source>
        <translation>Buscar actualizaciones de modelos a diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only checks, never downloads: updating stays your click in the Models tab</source>
        <translation>Solo comprueba, nunca descarga: actualizar sigue siendo tu clic en la pestaña Modelos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model updates</source>
        <translation>Actualizaciones de modelos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloads at the same time</source>
        <translation>Descargas simultáneas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Downloads at once</source>
        <translation>&amp;Descargas a la vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up all chats…</source>
        <translation>Guardar copia de todos los chats…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up all chats to one file</source>
        <translation>Guardar una copia de todos los chats en un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every chat in a single file</source>
        <translation>Guardar todos los chats en un solo archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore chats from a backup</source>
        <translation>Restaurar chats desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every chat with those in a backup file</source>
        <translation>Sustituir todos los chats por los de un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes apply at once.</source>
        <translation>Los cambios se aplican al instante.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Back up all chats</source>
        <translation>Guardar copia de todos los chats</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Paddock backup (*.paddock-backup)</source>
        <translation>Copia de seguridad de Paddock (*.paddock-backup)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Paddock chats {date}</source>
        <translation>Chats de Paddock {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore chats</source>
        <translation>Restaurar chats</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore chats?</source>
        <translation>¿Restaurar los chats?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every chat with the ones in {name}?</source>
        <translation>¿Sustituir todos los chats por los de {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up your current chats first if you may want them.</source>
        <translation>Guarda antes una copia de tus chats actuales si puedes necesitarlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="+23"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search all chats (on the Models tab: filter the models)</source>
        <translation>Buscar en todos los chats (en la pestaña Modelos: filtrar los modelos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models tab: type a model to download</source>
        <translation>Pestaña Modelos: escribir un modelo para descargarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat tab</source>
        <translation>Pestaña Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models tab</source>
        <translation>Pestaña Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate tab</source>
        <translation>Pestaña Generar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the message (Shift+Enter adds a line; swappable in Settings)</source>
        <translation>Enviar el mensaje (Shift+Enter añade una línea; se puede cambiar en Ajustes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the reply being written</source>
        <translation>Detener la respuesta que se está escribiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the request in the Generate tab</source>
        <translation>Ejecutar la solicitud en la pestaña Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list of shortcuts</source>
        <translation>Esta lista de atajos</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../desktop/ui/single_instance.py" line="+42"/>
        <source>Another Paddock is already using this folder: {folder}. Switch to that window, or close it and start Paddock again.</source>
        <translation>Otro Paddock ya está usando esta carpeta: {folder}. Cambia a esa ventana, o ciérrala e inicia Paddock de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paddock is already open with this folder ({folder}); its window was brought to the front.</source>
        <translation>Paddock ya está abierto con esta carpeta ({folder}); su ventana se ha traído al frente.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../desktop/storage/backup.py" line="+64"/>
        <source>The backup could not be written to {path}.</source>
        <translation>No se pudo escribir la copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup {path} cannot be opened.</source>
        <translation>No se puede abrir la copia de seguridad {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a Paddock backup (or it is damaged).</source>
        <translation>{name} no es una copia de seguridad de Paddock (o está dañada).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This backup was made by a newer version of Paddock. Update Paddock to restore it.</source>
        <translation>Esta copia de seguridad la hizo una versión más reciente de Paddock. Actualiza Paddock para restaurarla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a Paddock backup.</source>
        <translation>{name} no es una copia de seguridad de Paddock.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {name} is damaged.</source>
        <translation>La copia de seguridad {name} está dañada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+24"/>
        <source>Restoring from {name} failed.</source>
        <translation>No se pudo restaurar desde {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/database.py" line="+46"/>
        <source>The disk is full — Paddock can&apos;t save. Free some space; nothing written so far is lost.</source>
        <translation>El disco está lleno: Paddock no puede guardar. Libera algo de espacio; no se pierde nada de lo escrito hasta ahora.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This chat history was saved by a newer version of Paddock. Update Paddock to open it.</source>
        <translation>Este historial de chats lo guardó una versión más reciente de Paddock. Actualiza Paddock para abrirlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The disk is full, so Paddock can&apos;t open your chats. Nothing in them is lost: free some space, then start Paddock again.</source>
        <translation>El disco está lleno, así que Paddock no puede abrir tus chats. No se pierde nada: libera algo de espacio y vuelve a iniciar Paddock.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paddock can&apos;t open its chat history at {path}.</source>
        <translation>Paddock no puede abrir su historial de chats en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paddock&apos;s chat history at {path} is damaged or is not a Paddock file.</source>
        <translation>El historial de chats de Paddock en {path} está dañado o no es un archivo de Paddock.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/exchange.py" line="-372"/>
        <source>{name} is nested too deeply to be a Paddock chat, so it could not be imported. Nothing was changed.</source>
        <translation>{name} está anidado a demasiada profundidad para ser un chat de Paddock, así que no se pudo importar. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} holds a number Paddock can&apos;t store (such as NaN or 1e999), so it could not be imported. Nothing was changed.</source>
        <translation>{name} contiene un número que Paddock no puede guardar (como NaN o 1e999), así que no se pudo importar. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file is not a chat exported from Paddock.</source>
        <translation>Este archivo no es un chat exportado desde Paddock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This chat was exported by a newer version of Paddock. Update Paddock to import it.</source>
        <translation>Este chat lo exportó una versión más reciente de Paddock. Actualiza Paddock para importarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full, so the chat could not be imported. Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo importar el chat. No se cambió nada; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chat could not be imported because the data folder {folder} can&apos;t be written to. Nothing was changed; make the folder writable and try again.</source>
        <translation>No se pudo importar el chat porque no se puede escribir en la carpeta de datos {folder}. No se cambió nada; haz que la carpeta admita escritura e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paddock couldn&apos;t save the imported chat. Nothing was changed.</source>
        <translation>Paddock no pudo guardar el chat importado. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This chat file has two messages with the same id ({id}), so it could not be imported. Nothing was changed.</source>
        <translation>Este archivo de chat tiene dos mensajes con el mismo id ({id}), así que no se pudo importar. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This chat file is damaged or incomplete, so it could not be imported.</source>
        <translation>Este archivo de chat está dañado o incompleto, así que no se pudo importar.</translation>
    </message>
</context>
<context>
    <name>ThinkingSection</name>
    <message>
        <location filename="../../desktop/ui/chat/thinking_section.py" line="+33"/>
        <source>The model&apos;s thinking</source>
        <translation>El razonamiento del modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the thinking</source>
        <translation>Mostrar u ocultar el razonamiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinking… {time}</source>
        <translation>Pensando… {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {time}</source>
        <translation>Pensó durante {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thoughts</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the model thought before answering. Click to show or hide it.</source>
        <translation>Lo que pensó el modelo antes de responder. Haz clic para mostrarlo u ocultarlo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>… {count} more characters of thinking are not shown.</source>
        <translation>… {count} caracteres más del razonamiento no se muestran.</translation>
    </message>
</context>
<context>
    <name>ThumbnailRow</name>
    <message>
        <location filename="../../desktop/ui/chat/attachments.py" line="-65"/>
        <location line="+1"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../desktop/ui/chat/transcript.py" line="+54"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>↓ Jump to the latest</source>
        <translation>↓ Ir a lo último</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the latest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to the end and follow the reply again</source>
        <translation>Desplazarse al final y seguir de nuevo la respuesta</translation>
    </message>
</context>
<context>
    <name>UpdatesBar</name>
    <message>
        <location filename="../../desktop/ui/models/updates_bar.py" line="+23"/>
        <location line="+2"/>
        <source>Check for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask each model&apos;s registry whether a newer version exists. Nothing is downloaded until you click Update.</source>
        <translation>Preguntar al registro de cada modelo si hay una versión más nueva. No se descarga nada hasta que pulses Descargar actualización.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update</source>
        <translation>Descargar actualización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update this model</source>
        <translation>Actualizar este modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the newer version of the selected model</source>
        <translation>Descargar la versión más nueva del modelo seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update all</source>
        <translation>Descargar todas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update all models</source>
        <translation>Actualizar todos los modelos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the newer version of every model that has one</source>
        <translation>Descargar la versión más nueva de cada modelo que la tenga</translation>
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
        <translation>otros: {size}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../desktop/formats.py" line="+146"/>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
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
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
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
        <translation>{rate} tokens/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/counted_texts.py" line="+1"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
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
        <translation>ayer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{count}K tokens</source>
        <translation>{count}K tokens</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>stays loaded</source>
        <translation>sigue cargado</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>unloading now</source>
        <translation>liberándose ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unloads in {time}</source>
        <translation>se libera en {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/words.py" line="-31"/>
        <source>writes text</source>
        <translation>escribe texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sees images</source>
        <translation>ve imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses tools</source>
        <translation>usa herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thinks step by step</source>
        <translation>piensa paso a paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>makes embeddings (for search)</source>
        <translation>crea embeddings (para búsquedas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fills in the middle (code)</source>
        <translation>rellena el medio (código)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hears audio</source>
        <translation>oye audio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chat</source>
        <translation>conversar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pictures</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>using tools</source>
        <translation>usar herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation>buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sound</source>
        <translation>sonido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vision</source>
        <translation>visión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tools</source>
        <translation>herramientas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Memory (tokens)</source>
        <translation>Memoria (tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply length limit (num_predict)</source>
        <translation>Límite de longitud de la respuesta (num_predict)</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+18"/>
        <source>thinking</source>
        <translation>razona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insert</source>
        <translation>inserción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creativity (temperature)</source>
        <translation>Creatividad (temperature)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word choice breadth (top_p)</source>
        <translation>Amplitud de elección de palabras (top_p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words considered (top_k)</source>
        <translation>Palabras consideradas (top_k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum likelihood (min_p)</source>
        <translation>Probabilidad mínima (min_p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid repeating (repeat_penalty)</source>
        <translation>Evitar repeticiones (repeat_penalty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look-back for repeats (repeat_last_n)</source>
        <translation>Retrospectiva para repeticiones (repeat_last_n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at</source>
        <translation>Detenerse en</translation>
    </message>
    <message>
        <location filename="../../desktop/services/servers.py" line="-208"/>
        <location line="+8"/>
        <location filename="../../desktop/ui/common/words.py" line="+8"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../desktop/app.py" line="+140"/>
        <source>Paddock can&apos;t write to its data folder {folder}. Make the folder writable, or start Paddock with --data-dir and another folder.</source>
        <translation>Paddock no puede escribir en su carpeta de datos {folder}. Haz que la carpeta admita escritura, o inicia Paddock con --data-dir y otra carpeta.</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>Paddock couldn&apos;t start</source>
        <translation>Paddock no pudo iniciarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock couldn&apos;t start. {reason}</source>
        <translation>Paddock no pudo iniciarse. {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paddock</source>
        <translation>Paddock</translation>
    </message>
</context>
</TS>
