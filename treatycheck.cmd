@echo off
rem treatycheck launcher for Windows: builds the jar with Maven when it is missing or older than
rem the sources, then runs it with JVM flags suited to a short-lived command and a class-data-sharing
rem (CDS) archive of the classes a check loads, made once per build of the jar in target\.
rem   TREATYCHECK_JAVA_OPTS  extra JVM options
rem   TREATYCHECK_CDS=off    no archive
rem   TREATYCHECK_CACHE_DIR  the cache folder of the compiled rules (default %LOCALAPPDATA%\treatycheck)
setlocal
set "HOME_DIR=%~dp0"
set "JAR=%HOME_DIR%target\treatycheck.jar"
set "STALE="
if not exist "%JAR%" set "STALE=1"
if not defined STALE (
  for /f "delims=" %%F in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; (Get-ChildItem -Recurse -File '%HOME_DIR%src\main','%HOME_DIR%pom.xml' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1).FullName"') do set "STALE=1"
)
if defined STALE (
  echo treatycheck: building %JAR% ^(first run or sources changed^)... 1>&2
  pushd "%HOME_DIR%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo treatycheck: the build failed; run "mvn -B package" in %HOME_DIR% to see why 1>&2
    exit /b 3
  )
  popd
)

rem The quick compiler only, on one thread, the parallel collector and its heap settings: see the
rem treatycheck script (which also holds the first heap to 1 GiB on machines with over 25 GiB; not here).
set "FLAGS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseParallelGC -XX:InitialRAMPercentage=4 -XX:MaxTenuringThreshold=0 -XX:-UsePerfData -Xshare:auto"
set "CDS="
if /i "%TREATYCHECK_CDS%"=="off" goto run

rem The archive is named after the jar's time stamp and size: the JVM ignores an archive once the
rem jar changes, so a rebuilt jar gets a new one (and the old ones are deleted).
for %%J in ("%JAR%") do set "STAMP=%%~tJ-%%~zJ"
set "STAMP=%STAMP:/=-%"
set "STAMP=%STAMP::=-%"
set "STAMP=%STAMP: =-%"
set "STAMP=%STAMP:.=-%"
set "STAMP=%STAMP:,=-%"
set "JSA=%HOME_DIR%target\cds-%STAMP%.jsa"
if exist "%JSA%" goto use
if exist "%JSA%.failed" goto run

rem Make it now (about ten seconds, once per build): a training check of the shipped drafts, once
rem compiling the rules and once from a scratch rule cache, records the classes a check loads; a
rem static archive is dumped from that list, tried on the same check, and only then kept. Any
rem failure only means: no archive for this jar. The list's @lambda-proxy lines are left out: they
rem crashed JDK 17 in an earlier prototype; the Unix launcher keeps them and falls back without
rem them, but this script has not been tried on Windows, so it takes the safe path.
echo treatycheck: preparing a class-data-sharing archive for this build (once, about ten seconds)... 1>&2
del /q "%HOME_DIR%target\cds-*.jsa" "%HOME_DIR%target\cds-*.failed" 2>nul
set "TMPD=%HOME_DIR%target\cds-work"
rmdir /s /q "%TMPD%" 2>nul
mkdir "%TMPD%" 2>nul
set "TRAIN=-Dtreatycheck.home="%HOME_DIR%." -Dtreatycheck.cache.dir="%TMPD%\cache" -jar "%JAR%" check "%HOME_DIR%treaties" -o "%TMPD%\out" --rules "%HOME_DIR%rules" --format xlsx,json"
java %FLAGS% -XX:DumpLoadedClassList="%TMPD%\1.classlist" %TRAIN% >"%TMPD%\log.txt" 2>&1
if errorlevel 2 goto cds_failed
java %FLAGS% -XX:DumpLoadedClassList="%TMPD%\2.classlist" %TRAIN% >>"%TMPD%\log.txt" 2>&1
type "%TMPD%\1.classlist" "%TMPD%\2.classlist" 2>nul | findstr /v /b /c:"@lambda-proxy" /c:"#" >"%TMPD%\classlist"
java -Xshare:dump -XX:SharedClassListFile="%TMPD%\classlist" -XX:SharedArchiveFile="%TMPD%\archive.jsa" -cp "%JAR%" >>"%TMPD%\log.txt" 2>&1
if errorlevel 1 goto cds_failed
java %FLAGS% -Xshare:on -XX:SharedArchiveFile="%TMPD%\archive.jsa" %TRAIN% >>"%TMPD%\log.txt" 2>&1
if errorlevel 2 goto cds_failed
move /y "%TMPD%\archive.jsa" "%JSA%" >nul 2>&1
rmdir /s /q "%TMPD%" 2>nul
if exist "%JSA%" goto use
:cds_failed
copy /y "%TMPD%\log.txt" "%JSA%.failed" >nul 2>&1 || type nul >"%JSA%.failed"
rmdir /s /q "%TMPD%" 2>nul
goto run

:use
set "CDS=-XX:SharedArchiveFile=%JSA%"

:run
java %FLAGS% %CDS% -Dtreatycheck.home="%HOME_DIR%." %TREATYCHECK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
