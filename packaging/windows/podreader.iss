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
; Where packaging/build.py put the app and drew the icons (its --dist and --work); relative
; paths start from this script's folder: iscc /DDist=C:\out /DIcons=C:\work\icons ...
#ifndef Dist
  #define Dist "..\..\dist"
#endif
#ifndef Icons
  #define Icons "..\..\build\icons"
#endif

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
; Qt 6 (PySide6 6.10) runs on Windows 10 1809 and later; setup says so on older systems
; instead of installing a program that cannot start.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Dist}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Icons}\podreader.ico
UninstallDisplayIcon={app}\podreader.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Chinese messages: ChineseSimplified.isl and ChineseTraditional.isl are
; among its unofficial translations, copied by hand into its Languages folder. Without them
; the installer speaks English only (the app itself is still translated).
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma message "ChineseSimplified.isl is not in Inno Setup's Languages folder: no Simplified Chinese setup."
#endif
#if FileExists(CompilerPath + "Languages\ChineseTraditional.isl")
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#else
  #pragma message "ChineseTraditional.isl is not in Inno Setup's Languages folder: no Traditional Chinese setup."
#endif

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
Root: HKA; Subkey: "Software\Classes\.vtt\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.Transcript"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.srt\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.Transcript"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.Transcript"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty

[Run]
Filename: "{app}\podreader.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
