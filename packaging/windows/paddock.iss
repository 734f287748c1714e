; Inno Setup script for Paddock on Windows: a per-user install by default (no admin rights),
; a Start menu entry, an uninstaller. Build the frozen app first (packaging/windows/build.ps1):
;     iscc /DAppVersion=0.1.0 packaging\windows\paddock.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define SourceDir "..\..\build\dist\paddock"

[Setup]
AppId={{6A1C2E35-3B7B-4F67-9C0E-0D5E2B7A9F14}
AppName=Paddock
AppVersion={#AppVersion}
AppVerName=Paddock {#AppVersion}
AppPublisher=Paddock contributors
AppPublisherURL=https://paddock.app
DefaultDirName={autopf}\Paddock
DefaultGroupName=Paddock
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build
OutputBaseFilename=Paddock-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\paddock.ico
UninstallDisplayIcon={app}\paddock.exe
UninstallDisplayName=Paddock
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Paddock

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Paddock"; Filename: "{app}\paddock.exe"
Name: "{group}\{cm:UninstallProgram,Paddock}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Paddock"; Filename: "{app}\paddock.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\paddock.exe"; Description: "{cm:LaunchProgram,Paddock}"; Flags: nowait postinstall skipifsilent
