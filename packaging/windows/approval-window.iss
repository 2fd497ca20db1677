; Inno Setup script for the Windows installer.
; Built by packaging/build.py, which passes /DAppVersion and /DSourceDir (the PyInstaller folder).
#ifndef AppVersion
  #error AppVersion must be passed by packaging/build.py
#endif

[Setup]
AppId={{6B1E3B52-3F0E-4B7E-9C1B-5A0D6E2C9A41}
AppName=便民服务窗口受理系统
AppVersion={#AppVersion}
AppPublisher=approval-window
DefaultDirName={autopf}\approval-window
DefaultGroupName=便民服务窗口受理系统
OutputBaseFilename=approval-window-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
; Data lives in the user's folder (platformdirs), never under Program Files, so an
; upgrade or uninstall never touches cases.
UninstallDisplayName=便民服务窗口受理系统 {#AppVersion}

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\便民服务窗口受理系统"; Filename: "{app}\approval-window.exe"
Name: "{autodesktop}\便民服务窗口受理系统"; Filename: "{app}\approval-window.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "创建桌面快捷方式"; GroupDescription: "附加任务"

[Run]
; Check the installed program can build its main window before the officer relies on it.
Filename: "{app}\approval-window-cli.exe"; Parameters: "--smoke"; StatusMsg: "正在检查安装……"; Flags: runhidden waituntilterminated
Filename: "{app}\approval-window.exe"; Description: "启动程序"; Flags: nowait postinstall skipifsilent
