; Inno Setup script for podreader on Windows: installs the one-folder app that
; packaging/build.py leaves in dist\podreader\, with a Start menu entry and "Open with"
; entries for WebVTT and SubRip transcripts.
;
;   python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\podreader.iss
;
; The installer is written to dist\podreader-<version>-setup.exe.

#define AppName "podreader"
#define AppId "io.github.podreader.PodReader"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Dist "..\..\dist"

[Setup]
; AppId must never change: Windows finds an installed podreader by it to upgrade it.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The podreader developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user unless started as administrator, so no UAC prompt is needed.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Dist}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\podreader.ico
UninstallDisplayIcon={app}\podreader.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\podreader\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\podreader.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\podreader.exe"; Tasks: desktopicon

[Registry]
; "Open with podreader" for transcripts, without taking over the default program.
Root: HKA; Subkey: "Software\Classes\{#AppId}.Transcript"; ValueType: string; ValueName: ""; ValueData: "Transcript"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppId}.Transcript\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\podreader.exe,0"
Root: HKA; Subkey: "Software\Classes\{#AppId}.Transcript\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\podreader.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\.vtt\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.Transcript"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.srt\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.Transcript"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.Transcript"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\podreader.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
