; Inno Setup 6 script for the Windows installer (Windows 10 and later, 64-bit).
; Built by packaging/build.py on Windows, which passes /DAppVersion (from app/__init__.py)
; and /DSourceDir (the PyInstaller folder).
#ifndef AppVersion
  #error AppVersion must be passed by packaging/build.py
#endif
#ifndef SourceDir
  #error SourceDir must be passed by packaging/build.py
#endif

[Setup]
; The AppId never changes: it is how a newer installer finds the older installation and
; upgrades it in place instead of installing a second copy.
AppId={{6B1E3B52-3F0E-4B7E-9C1B-5A0D6E2C9A41}
AppName=便民服务窗口受理系统
AppVersion={#AppVersion}
AppVerName=便民服务窗口受理系统 {#AppVersion}
AppPublisher=approval-window
DefaultDirName={autopf}\approval-window
; An upgrade goes where the previous version was installed, whatever folder IT chose then.
UsePreviousAppDir=yes
UsePreviousGroup=yes
DisableDirPage=auto
DefaultGroupName=便民服务窗口受理系统
OutputBaseFilename=approval-window-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\approval-window.ico
UninstallDisplayIcon={app}\approval-window.exe
UninstallDisplayName=便民服务窗口受理系统 {#AppVersion}
Compression=lzma2
SolidCompression=yes
; Qt 6 runs on 64-bit Windows 10 and later only.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
; A running copy is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
; Officers' data lives in %LOCALAPPDATA%\approval-window (or a portable-data folder the
; installer never created), never among the installed files: the uninstaller removes only
; what it installed, so every case, backup and log stays. The next version finds them,
; backs the database up and migrates it at its first start.

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "创建桌面快捷方式"; GroupDescription: "附加任务"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[InstallDelete]
; Files of the previous version that this one no longer ships (a Qt plugin removed, say)
; must not linger beside the new ones; data is never in this folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\便民服务窗口受理系统"; Filename: "{app}\approval-window.exe"
Name: "{group}\卸载 便民服务窗口受理系统"; Filename: "{uninstallexe}"
Name: "{autodesktop}\便民服务窗口受理系统"; Filename: "{app}\approval-window.exe"; Tasks: desktopicon

[Run]
; Check the installed program can build its main window (over throw-away demo data)
; before the officer relies on it.
Filename: "{app}\approval-window-cli.exe"; Parameters: "--smoke"; StatusMsg: "正在检查安装……"; Flags: runhidden waituntilterminated
Filename: "{app}\approval-window.exe"; Description: "启动程序"; Flags: nowait postinstall skipifsilent
