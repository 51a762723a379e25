; The Windows installer of Koordynator Wolontariatu (NSIS 3, 64-bit, Unicode).
;
; build.sh runs: makensis "-XTarget amd64-unicode" -DVERSION=… -DLAYOUT=… -DOUTFILE=… -DICON=…
; LAYOUT is the folder pynsist and prepare.py made: Python\, pkgs\, bin\, the launchers.
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\Koordynator
; Wolontariatu. The user's data (database, backups, log) lives elsewhere, in
; %LOCALAPPDATA%\koordynator-wolontariatu (platformdirs), which neither an upgrade nor the
; uninstaller touches; the application upgrades the database itself when it opens it.
; Silent: setup.exe /S [/D=folder]; uninstall.exe /S.

!ifndef VERSION | LAYOUT | OUTFILE | ICON
  !error "build.sh passes VERSION, LAYOUT, OUTFILE and ICON"
!endif

!define APPNAME "Koordynator Wolontariatu"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KoordynatorWolontariatu"
!define DATA_DIR "$LOCALAPPDATA\koordynator-wolontariatu"
!define GUI_TARGET '"$INSTDIR\Python\pythonw.exe"'
!define GUI_ARGS '"$INSTDIR\Koordynator_Wolontariatu.launch.pyw"'

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APPNAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1045 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1045 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1045 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1045 "FileDescription" "Instalator programu ${APPNAME}"
VIAddVersionKey /LANG=1045 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "Ten kreator zainstaluje program ${APPNAME} ${VERSION} \
  dla bieżącego użytkownika (uprawnienia administratora nie są potrzebne).$\r$\n$\r$\n\
  Jeśli starsza wersja jest już zainstalowana, zostanie zaktualizowana; dane (baza, kopie \
  zapasowe) zostaną zachowane, a program sam je zaktualizuje przy pierwszym uruchomieniu.\
  $\r$\n$\r$\nWymagany jest Windows 10 lub 11, 64-bitowy."
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "Uruchom program ${APPNAME}"
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApplication
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Program ${APPNAME} zostanie usunięty z tego komputera. \
  Dane (baza danych, kopie zapasowe, dziennik) w folderze ${DATA_DIR} zostaną zachowane; \
  usuń ten folder ręcznie, jeśli nie są już potrzebne."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Polish"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APPNAME} wymaga 64-bitowego systemu Windows 10 lub 11." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Function LaunchApplication
  ExecShell "" ${GUI_TARGET} ${GUI_ARGS}
FunctionEnd

Section "!${APPNAME}" SecApp
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the program's files only; stale modules of the old version go first.
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\pkgs"
  RMDir /r "$INSTDIR\bin"
  SetOutPath "$INSTDIR"
  File /r "${LAYOUT}\*.*"
  ; Byte-compiled here once, as pynsist's own installer does: else the first start of the
  ; program compiles every module it imports (seconds on an old PC).
  DetailPrint "Kompilowanie modułów programu…"
  nsExec::ExecToLog '"$INSTDIR\Python\python.exe" -m compileall -q "$INSTDIR\pkgs"'
  Pop $0

  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" ${GUI_TARGET} ${GUI_ARGS} "$INSTDIR\koordynator.ico" 0
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" ${GUI_TARGET} ${GUI_ARGS} "$INSTDIR\koordynator.ico" 0
  ; The command line (coordinator-app) on the user's PATH.
  nsExec::ExecToLog '"$INSTDIR\Python\python.exe" -Es "$INSTDIR\_system_path.py" add_user "$INSTDIR\bin"'
  Pop $0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\koordynator.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  DetailPrint "Dane programu: ${DATA_DIR}"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  nsExec::ExecToLog '"$INSTDIR\Python\python.exe" -Es "$INSTDIR\_system_path.py" remove "$INSTDIR\bin"'
  Pop $0
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\pkgs"
  RMDir /r "$INSTDIR\bin"
  Delete "$INSTDIR\*.launch.pyw"
  Delete "$INSTDIR\_system_path.py"
  Delete "$INSTDIR\Koordynator Wolontariatu.exe"
  Delete "$INSTDIR\coordinator-app.exe"
  Delete "$INSTDIR\koordynator.ico"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "Dane programu zachowano w folderze ${DATA_DIR}"
SectionEnd
