<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PlotExport</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf</source>
        <translation>%1: Wählen Sie eine Datei mit der Endung .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: check that the folder exists, is writable and the disk is not full</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob der Datenträger noch Platz hat</translation>
    </message>
    <message>
        <source>Save Plot As…</source>
        <translation>Diagramm speichern unter…</translation>
    </message>
    <message>
        <source>Save Plot As</source>
        <translation>Diagramm speichern unter</translation>
    </message>
    <message>
        <source>The plot could not be written</source>
        <translation>Das Diagramm konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Save Image As…</source>
        <translation>Bild speichern unter…</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Bild speichern unter</translation>
    </message>
    <message>
        <source>The image could not be written</source>
        <translation>Das Bild konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>PredictionJobs</name>
    <message numerus="yes">
        <source>%n sequence(s) predicted</source>
        <translation>
            <numerusform>%n Sequenz vorhergesagt</numerusform>
            <numerusform>%n Sequenzen vorhergesagt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveSequencesCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sequence(s)</source>
        <translation>
            <numerusform>%n Sequenz entfernen</numerusform>
            <numerusform>%n Sequenzen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingRunArchive</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, started %2: %3</source>
        <translation>%1, gestartet %2: %3</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>%1: cannot be written (%2); choose a writable output folder</source>
        <translation>%1: kann nicht geschrieben werden (%2); wählen Sie einen beschreibbaren Ausgabeordner</translation>
    </message>
    <message>
        <source>No output folder was given for the trained model.</source>
        <translation>Für das trainierte Modell wurde kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <source>%1: the output folder cannot be created; choose a writable one</source>
        <translation>%1: Der Ausgabeordner kann nicht angelegt werden; wählen Sie einen beschreibbaren</translation>
    </message>
    <message>
        <source>There are no sequences with measured values to train on.</source>
        <translation>Es gibt keine Sequenzen mit Messwerten, mit denen trainiert werden kann.</translation>
    </message>
    <message>
        <source>%1: only %2 rows with a measured value are left for training (%3 rejected); at least %4 are needed, and a LegNet learns expression from tens of thousands</source>
        <translation>%1: Für das Training bleiben nur %2 Zeilen mit Messwert übrig (%3 verworfen); mindestens %4 sind nötig, und ein LegNet lernt die Expression aus Zehntausenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Predict promoter expression with deep-learning models.</source>
        <translation>Promotor-Expression mit Deep-Learning-Modellen vorhersagen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Model to load instead of the project&apos;s or the shipped one.</source>
        <translation>Modell, das statt des Projektmodells oder des mitgelieferten Modells geladen wird.</translation>
    </message>
    <message>
        <source>Project to open, or to create when it does not exist.</source>
        <translation>Zu öffnendes Projekt; es wird angelegt, falls es nicht existiert.</translation>
    </message>
    <message>
        <source>Sequence files to add (FASTA, CSV, TSV or text), and a project file (.plproj) to open and add them to; without one they start a new project.</source>
        <translation>Hinzuzufügende Sequenzdateien (FASTA, CSV, TSV oder Text) und eine Projektdatei (.plproj), die geöffnet wird und in die sie aufgenommen werden; ohne Projektdatei beginnen sie ein neues Projekt.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::AboutDialog</name>
    <message>
        <source>About PromoterLab</source>
        <translation>Über PromoterLab</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PromoterLab %1&lt;/h2&gt;&lt;p&gt;Predicts the expression driven by promoter sequences with deep-learning models such as LegNet, shows what each base contributes, trains models and designs new promoters.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY; see the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PromoterLab %1&lt;/h2&gt;&lt;p&gt;Sagt mit Deep-Learning-Modellen wie LegNet die Expression vorher, die Promotorsequenzen bewirken, zeigt den Beitrag jeder Base, trainiert Modelle und entwirft neue Promotoren.&lt;/p&gt;&lt;p&gt;Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt; Einzelheiten in der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>- PromoterLab %1
- Qt %2 (built with %3)
- LibTorch %4
- QCustomPlot %5
- SQLite %6
- Compute devices: %7
</source>
        <translation>- PromoterLab %1
- Qt %2 (kompiliert mit %3)
- LibTorch %4
- QCustomPlot %5
- SQLite %6
- Rechengeräte: %7
</translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation>&amp;Hinweise zu Drittsoftware</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Build-Informationen</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::BatchMutagenesis</name>
    <message>
        <source>The maps could not be written</source>
        <translation>Die Karten konnten nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) written to %1</source>
        <translation>
            <numerusform>%n Karte in %1 gespeichert</numerusform>
            <numerusform>%n Karten in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n map(s) computed before are in %1</source>
        <translation>
            <numerusform>Abgebrochen; die %n zuvor berechnete Karte liegt in %1</numerusform>
            <numerusform>Abgebrochen; die %n zuvor berechneten Karten liegen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The maps could not be computed</source>
        <translation>Die Karten konnten nicht berechnet werden</translation>
    </message>
    <message>
        <source>A batch of maps is still running: cancel it in the Jobs panel or wait for it.</source>
        <translation>Eine Kartenserie läuft noch: Brechen Sie sie im Bereich „Aufträge“ ab, oder warten Sie, bis sie fertig ist.</translation>
    </message>
    <message numerus="yes">
        <source>Mutagenesis maps of %n sequence(s) → %1</source>
        <translation>
            <numerusform>Mutagenesekarte von %n Sequenz → %1</numerusform>
            <numerusform>Mutagenesekarten von %n Sequenzen → %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::BinDistributionPlot</name>
    <message>
        <source>Predicted probability</source>
        <translation>Vorhergesagte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Expression bin</source>
        <translation>Expressions-Bin</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>No prediction yet</source>
        <translation>Noch keine Vorhersage</translation>
    </message>
    <message>
        <source>Predicted expression: %1 (red line)</source>
        <translation>Vorhergesagte Expression: %1 (rote Linie)</translation>
    </message>
    <message>
        <source>forward strand %1, reverse strand %2</source>
        <translation>Vorwärtsstrang %1, Rückwärtsstrang %2</translation>
    </message>
    <message>
        <source>Measured: %1 (dashed)</source>
        <translation>Gemessen: %1 (gestrichelt)</translation>
    </message>
    <message>
        <source>bin_distribution.png</source>
        <translation>bin_verteilung.png</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DeltaScatterPlot</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>variant_deltas.png</source>
        <translation>varianten_deltas.png</translation>
    </message>
    <message>
        <source>1 substitution</source>
        <translation>1 Substitution</translation>
    </message>
    <message>
        <source>2 substitutions</source>
        <translation>2 Substitutionen</translation>
    </message>
    <message>
        <source>3 or more substitutions</source>
        <translation>3 oder mehr Substitutionen</translation>
    </message>
    <message>
        <source>Predicted Δ (alternative − reference)</source>
        <translation>Vorhergesagtes Δ (Alternative − Referenz)</translation>
    </message>
    <message>
        <source>Measured Δ</source>
        <translation>Gemessenes Δ</translation>
    </message>
    <message>
        <source>No measured deltas: choose a measured column when importing
to compare the predictions with the assay</source>
        <translation>Keine gemessenen Δ-Werte: Wählen Sie beim Import eine Messwertspalte,
um die Vorhersagen mit dem Assay zu vergleichen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n substitution(s)</source>
        <translation>
            <numerusform>%n Substitution</numerusform>
            <numerusform>%n Substitutionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: r = %2, ρ = %3 (n = %4)</source>
        <translation>%1: r = %2, ρ = %3 (n = %4)</translation>
    </message>
    <message>
        <source>No variants scored yet</source>
        <translation>Noch keine Varianten bewertet</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DesignPanel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add to Workspace</source>
        <translation>Zum Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export FASTA…</source>
        <translation>FASTA exportieren…</translation>
    </message>
    <message>
        <source>with flanks</source>
        <translation>mit Flanken</translation>
    </message>
    <message>
        <source>Add the selected designs (all of them when none is selected) to the sequence list, flanks included; designs that break a constraint are left out</source>
        <translation>Die ausgewählten Designs (ohne Auswahl alle) samt Flanken zur Sequenzliste hinzufügen; Designs, die eine Randbedingung verletzen, werden ausgelassen</translation>
    </message>
    <message>
        <source>Write the flanks around each insert in the FASTA file</source>
        <translation>Die Flanken um jedes Insert mit in die FASTA-Datei schreiben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Zielwert:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Expression to design for, on the model&apos;s 0–17 bin scale</source>
        <translation>Angestrebte Expression auf der 0–17-Bin-Skala des Modells</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Designs per target:</source>
        <translation>Designs pro Zielwert:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Guided search</source>
        <translation>Geführte Suche</translation>
    </message>
    <message>
        <source>Diffusion + polish</source>
        <translation>Diffusion + Nachbessern</translation>
    </message>
    <message>
        <source>Diffusion steps: the corruption runs from this many substitutions down to 1</source>
        <translation>Diffusionsschritte: Die Störung reicht von so vielen Substitutionen bis hinunter zu 1</translation>
    </message>
    <message>
        <source>Added to the substitution count the generator is told, which pushes it to change more</source>
        <translation>Wird zu der Substitutionszahl addiert, die dem Generator vorgegeben wird, damit er mehr verändert</translation>
    </message>
    <message>
        <source>Guided search: accepted substitutions per design at most</source>
        <translation>Geführte Suche: höchstens so viele akzeptierte Substitutionen pro Design</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Gierig</translation>
    </message>
    <message>
        <source>Annealing</source>
        <translation>Simulierte Abkühlung</translation>
    </message>
    <message>
        <source>Greedy tries every substitution each round; annealing a random sample</source>
        <translation>„Gierig“ probiert in jeder Runde jede Substitution, „Simulierte Abkühlung“ eine Zufallsstichprobe</translation>
    </message>
    <message>
        <source>The same seed gives the same designs</source>
        <translation>Derselbe Startwert ergibt dieselben Designs</translation>
    </message>
    <message>
        <source>Load Generator…</source>
        <translation>Generator laden…</translation>
    </message>
    <message>
        <source>A LegNet-Generator bundle (.plm) for the diffusion methods</source>
        <translation>Ein LegNet-Generator-Bundle (.plm) für die Diffusionsmethoden</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Verschiebung:</translation>
    </message>
    <message>
        <source>Search rounds:</source>
        <translation>Suchrunden:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Randbedingungen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Longest allowed run of one base</source>
        <translation>Längste erlaubte Folge derselben Base</translation>
    </message>
    <message>
        <source>e.g. GGTCTC, TTTTTT</source>
        <translation>z. B. GGTCTC, TTTTTT</translation>
    </message>
    <message>
        <source>IUPAC patterns, comma separated, forbidden on both strands (flanks included)</source>
        <translation>IUPAC-Muster, durch Kommas getrennt, auf beiden Strängen verboten (einschließlich der Flanken)</translation>
    </message>
    <message>
        <source>Hamming distance every two designs must at least have</source>
        <translation>Hamming-Abstand, den je zwei Designs mindestens haben müssen</translation>
    </message>
    <message>
        <source>a sequence file (optional)</source>
        <translation>eine Sequenzdatei (optional)</translation>
    </message>
    <message>
        <source>Inserts that must not be produced, read from a FASTA or table file</source>
        <translation>Inserts, die nicht erzeugt werden dürfen, aus einer FASTA- oder Tabellendatei gelesen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Sequences to Exclude</source>
        <translation>Auszuschließende Sequenzen</translation>
    </message>
    <message>
        <source>Sequence files (*.fa *.fasta *.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Sequenzdateien (*.fa *.fasta *.csv *.tsv *.txt *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fixed sequence before the insert: the predictor scores flanks + insert</source>
        <translation>Feste Sequenz vor dem Insert: Das Vorhersagemodell bewertet Flanken + Insert</translation>
    </message>
    <message>
        <source>Fixed sequence after the insert</source>
        <translation>Feste Sequenz nach dem Insert</translation>
    </message>
    <message>
        <source>GC content:</source>
        <translation>GC-Gehalt:</translation>
    </message>
    <message>
        <source>Max homopolymer:</source>
        <translation>Max. Homopolymer:</translation>
    </message>
    <message>
        <source>Forbidden motifs:</source>
        <translation>Verbotene Motive:</translation>
    </message>
    <message>
        <source>Enzyme sites:</source>
        <translation>Enzymschnittstellen:</translation>
    </message>
    <message>
        <source>Min distance:</source>
        <translation>Min. Abstand:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <source>Left flank:</source>
        <translation>Linke Flanke:</translation>
    </message>
    <message>
        <source>Right flank:</source>
        <translation>Rechte Flanke:</translation>
    </message>
    <message>
        <source>The generator could not be loaded</source>
        <translation>Der Generator konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>No LegNet-Generator is bundled or loaded: load one with Load Generator…</source>
        <translation>Es ist kein LegNet-Generator mitgeliefert oder geladen: Laden Sie einen mit „Generator laden…“</translation>
    </message>
    <message>
        <source>Generator: %1</source>
        <translation>Generator: %1</translation>
    </message>
    <message>
        <source>Generator: the bundled one</source>
        <translation>Generator: der mitgelieferte</translation>
    </message>
    <message>
        <source>No generator: only guided search is available</source>
        <translation>Kein Generator: Nur die geführte Suche ist verfügbar</translation>
    </message>
    <message>
        <source>design constraints</source>
        <translation>Design-Randbedingungen</translation>
    </message>
    <message>
        <source>The designs could not be made</source>
        <translation>Die Designs konnten nicht erstellt werden</translation>
    </message>
    <message>
        <source>No model is loaded to score the designs: open one with File → Open Model.</source>
        <translation>Es ist kein Modell zum Bewerten der Designs geladen: Öffnen Sie eines mit Datei → Modell öffnen.</translation>
    </message>
    <message>
        <source>the bundled one</source>
        <translation>der mitgelieferte</translation>
    </message>
    <message>
        <source>The diffusion methods need a LegNet-Generator: load one with Load Generator…, or choose Guided search.</source>
        <translation>Die Diffusionsmethoden benötigen einen LegNet-Generator: Laden Sie einen mit „Generator laden…“, oder wählen Sie „Geführte Suche“.</translation>
    </message>
    <message numerus="yes">
        <source>Designing %n promoter(s)</source>
        <translation>
            <numerusform>%n Promotor wird entworfen</numerusform>
            <numerusform>%n Promotoren werden entworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n design(s) satisfy the constraints</source>
        <translation>
            <numerusform>%1 von %n Design erfüllt die Randbedingungen</numerusform>
            <numerusform>%1 von %n Designs erfüllen die Randbedingungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose targets, a method and constraints, then Run: the designs are scored by the active model.</source>
        <translation>Wählen Sie Zielwerte, eine Methode und Randbedingungen, und klicken Sie dann auf Starten: Das aktive Modell bewertet die Designs.</translation>
    </message>
    <message>
        <source>: target vs predicted Pearson r = %1, Spearman ρ = %2, mean absolute error %3, mean pairwise distance %4</source>
        <translation>: Pearson r zwischen Zielwert und Vorhersage = %1, Spearman ρ = %2, mittlerer absoluter Fehler %3, mittlerer paarweiser Abstand %4</translation>
    </message>
    <message>
        <source>. Greyed designs break a constraint: they are not exported or added.</source>
        <translation>. Ausgegraute Designs verletzen eine Randbedingung: Sie werden weder exportiert noch hinzugefügt.</translation>
    </message>
    <message>
        <source>No design to add</source>
        <translation>Kein Design zum Hinzufügen</translation>
    </message>
    <message>
        <source>The chosen designs break a constraint, so they are not added: choose designs marked ok.</source>
        <translation>Die gewählten Designs verletzen eine Randbedingung und werden daher nicht hinzugefügt: Wählen Sie mit „ok“ markierte Designs.</translation>
    </message>
    <message>
        <source>Load Generator</source>
        <translation>Generator laden</translation>
    </message>
    <message>
        <source>PromoterLab models (*.plm);;All files (*)</source>
        <translation>PromoterLab-Modelle (*.plm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Designs</source>
        <translation>Designs exportieren</translation>
    </message>
    <message>
        <source>designs.csv</source>
        <translation>designs.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Tab-separated (*.tsv)</source>
        <translation>CSV (*.csv);;Tabulatorgetrennt (*.tsv)</translation>
    </message>
    <message>
        <source>The designs could not be exported</source>
        <translation>Die Designs konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export Designs as FASTA</source>
        <translation>Designs als FASTA exportieren</translation>
    </message>
    <message>
        <source>designs.fa</source>
        <translation>designs.fa</translation>
    </message>
    <message>
        <source>FASTA (*.fa *.fasta)</source>
        <translation>FASTA (*.fa *.fasta)</translation>
    </message>
    <message>
        <source>Generator only: fast and diverse; how closely the designs meet the target depends on how well the generator was trained</source>
        <translation>Nur der Generator: schnell und vielfältig; wie genau die Entwürfe das Ziel treffen, hängt davon ab, wie gut der Generator trainiert wurde</translation>
    </message>
    <message>
        <source>Predictor-guided substitutions from random starts; works with any model</source>
        <translation>Vom Vorhersagemodell gelenkte Substitutionen ab zufälligen Startsequenzen; funktioniert mit jedem Modell</translation>
    </message>
    <message>
        <source>Generator designs refined by predictor-guided substitutions</source>
        <translation>Generator-Entwürfe, verfeinert durch vom Vorhersagemodell gelenkte Substitutionen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Design with these settings (%1)</source>
        <translation>Mit diesen Einstellungen entwerfen (%1)</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DesignScatterPlot</name>
    <message>
        <source>designs.png</source>
        <translation>designs.png</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Designs</translation>
    </message>
    <message>
        <source>Breaking a constraint</source>
        <translation>Verletzt eine Randbedingung</translation>
    </message>
    <message>
        <source>Target expression</source>
        <translation>Zielexpression</translation>
    </message>
    <message>
        <source>Predicted expression</source>
        <translation>Vorhergesagte Expression</translation>
    </message>
    <message>
        <source>No designs yet</source>
        <translation>Noch keine Designs</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DesignService</name>
    <message>
        <source>No model is loaded to score the designs: open one with File → Open Model.</source>
        <translation>Es ist kein Modell zum Bewerten der Designs geladen: Öffnen Sie eines mit Datei → Modell öffnen.</translation>
    </message>
    <message>
        <source>The diffusion methods need a LegNet-Generator: load one with Load Generator…, or choose Guided search.</source>
        <translation>Die Diffusionsmethoden benötigen einen LegNet-Generator: Laden Sie einen mit „Generator laden…“, oder wählen Sie „Geführte Suche“.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DesignTableModel</name>
    <message>
        <source>Not exported and not added to the workspace: %1</source>
        <translation>Weder exportiert noch zum Arbeitsbereich hinzugefügt: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Hamming distance to the nearest other design that satisfies the constraints</source>
        <translation>Hamming-Abstand zum nächsten anderen Design, das die Randbedingungen erfüllt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>GC %</source>
        <translation>GC %</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Randbedingungen</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Abstand</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::JobsPanel</name>
    <message>
        <source>No jobs. Imports, predictions and training runs show their progress here.</source>
        <translation>Keine Aufträge. Importe, Vorhersagen und Trainingsläufe zeigen hier ihren Fortschritt an.</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Beendete ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the jobs that have ended from the list</source>
        <translation>Die beendeten Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MainWindow</name>
    <message>
        <source>PromoterLab</source>
        <translation>PromoterLab</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Select a sequence to see its predicted bin distribution.</source>
        <translation>Wählen Sie eine Sequenz aus, um ihre vorhergesagte Bin-Verteilung zu sehen.</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>Modell: %1 (%2)</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Modell geladen</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation>Vorhersage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Sequences…</source>
        <translation>Se&amp;quenzen öffnen…</translation>
    </message>
    <message>
        <source>Add the sequences of FASTA, CSV, TSV or text files (gzip too) to the list</source>
        <translation>Sequenzen aus FASTA-, CSV-, TSV- oder Textdateien (auch gzip) zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;Recent Sequences</source>
        <translation>&amp;Letzte Sequenzen</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Load a PromoterLab bundle, an official LegNet checkpoint or a TorchScript model</source>
        <translation>Ein PromoterLab-Bundle, einen offiziellen LegNet-Checkpoint oder ein TorchScript-Modell laden</translation>
    </message>
    <message>
        <source>Recent Mo&amp;dels</source>
        <translation>Letzte M&amp;odelle</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the sequences and their predictions to CSV, TSV or FASTA</source>
        <translation>Sequenzen und ihre Vorhersagen als CSV, TSV oder FASTA speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New Sequence</source>
        <translation>&amp;Neue Sequenz</translation>
    </message>
    <message>
        <source>&amp;Paste Sequences</source>
        <translation>Sequenzen &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>&amp;Liste filtern</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PromoterLab</source>
        <translation>Ü&amp;ber PromoterLab</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Open Sequences</source>
        <translation>Sequenzen öffnen</translation>
    </message>
    <message>
        <source>Sequences (*.fa *.fasta *.fna *.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Sequenzen (*.fa *.fasta *.fna *.csv *.tsv *.txt *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Models (*.plm *.pth *.pt *.ckpt);;All files (*)</source>
        <translation>Modelle (*.plm *.pth *.pt *.ckpt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV with the model&apos;s bin or class probabilities (*.csv)</source>
        <translation>CSV mit den Bin- oder Klassenwahrscheinlichkeiten des Modells (*.csv)</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>TSV with the model&apos;s bin or class probabilities (*.tsv)</source>
        <translation>TSV mit den Bin- oder Klassenwahrscheinlichkeiten des Modells (*.tsv)</translation>
    </message>
    <message>
        <source>FASTA (*.fa *.fasta)</source>
        <translation>FASTA (*.fa *.fasta)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>sequences.csv</source>
        <translation>sequenzen.csv</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabelle in %1 gespeichert</translation>
    </message>
    <message>
        <source>The table could not be written</source>
        <translation>Die Tabelle konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>bin_distribution.png</source>
        <translation>bin_verteilung.png</translation>
    </message>
    <message>
        <source>The plot could not be written</source>
        <translation>Das Diagramm konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Plot written to %1</source>
        <translation>Diagramm in %1 gespeichert</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>New sequence %1</source>
        <translation>Neue Sequenz %1</translation>
    </message>
    <message>
        <source>no bases yet: type or paste them</source>
        <translation>noch keine Basen: bitte eingeben oder einfügen</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) added from %1</source>
        <translation>
            <numerusform>%n Sequenz aus %1 hinzugefügt</numerusform>
            <numerusform>%n Sequenzen aus %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be predicted: %2</source>
        <translation>%1 kann nicht vorhergesagt werden: %2</translation>
    </message>
    <message>
        <source>%1: predicted %2</source>
        <translation>%1: vorhergesagt %2</translation>
    </message>
    <message>
        <source>%1: waiting for its prediction</source>
        <translation>%1: wartet auf Vorhersage</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>Das Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

Your work stays in the window. Free some disk space, or save the project elsewhere with File → Save Project As.</source>
        <translation>%1

Ihre Arbeit bleibt im Fenster erhalten. Geben Sie Speicherplatz frei, oder speichern Sie das Projekt mit Datei → Projekt speichern unter an einem anderen Ort.</translation>
    </message>
    <message>
        <source>New &amp;Project</source>
        <translation>Neues &amp;Projekt</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open Pro&amp;ject…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Recent Projec&amp;ts</source>
        <translation>Letzte Pro&amp;jekte</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Every change is saved to %1 as you work</source>
        <translation>Jede Änderung wird laufend in %1 gespeichert</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>No project could be started</source>
        <translation>Es konnte kein Projekt gestartet werden</translation>
    </message>
    <message>
        <source>%1

Changes in this window will not be saved.</source>
        <translation>%1

Änderungen in diesem Fenster werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The project could not be created</source>
        <translation>Das Projekt konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>%1 — PromoterLab</source>
        <translation>%1 — PromoterLab</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>PromoterLab projects (*.%1);;All files (*)</source>
        <translation>PromoterLab-Projekte (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>promoters.%1</source>
        <translation>promotoren.%1</translation>
    </message>
    <message>
        <source>PromoterLab projects (*.%1)</source>
        <translation>PromoterLab-Projekte (*.%1)</translation>
    </message>
    <message>
        <source>Project saved as %1; changes are saved as you work</source>
        <translation>Projekt als %1 gespeichert; Änderungen werden laufend gespeichert</translation>
    </message>
    <message>
        <source>Cancelled; the sequences left are marked Waiting</source>
        <translation>Abgebrochen; die übrigen Sequenzen sind als „Wartet“ markiert</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;New Training Run…</source>
        <translation>&amp;Neuer Trainingslauf…</translation>
    </message>
    <message>
        <source>&amp;Previous Runs of This Project</source>
        <translation>&amp;Frühere Läufe dieses Projekts</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Training finished: the model is in File → Recent Models (%1)</source>
        <translation>Training abgeschlossen: Das Modell steht unter Datei → Letzte Modelle (%1)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading the pasted text</source>
        <translation>Eingefügter Text wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) added</source>
        <translation>
            <numerusform>%n Sequenz hinzugefügt</numerusform>
            <numerusform>%n Sequenzen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequences could not be read</source>
        <translation>Die Sequenzen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cancelled; the sequences read before stay in the list</source>
        <translation>Abgebrochen; die bis dahin gelesenen Sequenzen bleiben in der Liste</translation>
    </message>
    <message numerus="yes">
        <source>Predicting %n sequence(s)</source>
        <translation>
            <numerusform>%n Sequenz wird vorhergesagt</numerusform>
            <numerusform>%n Sequenzen werden vorhergesagt</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicting the new sequences</source>
        <translation>Neue Sequenzen werden vorhergesagt</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Motifs</source>
        <translation>Motive</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Mutagenesis Map</source>
        <translation>&amp;Mutagenesekarte</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Predict every single-base substitution of the sequence in the editor</source>
        <translation>Jede Einzelbasen-Substitution der Sequenz im Editor vorhersagen</translation>
    </message>
    <message>
        <source>Quick &amp;Estimate (Gradient × Input)</source>
        <translation>&amp;Schnellschätzung (Gradient × Eingabe)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Cancel the Map</source>
        <translation>Karte &amp;abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Include the Model&apos;s &amp;Flank in Maps</source>
        <translation>&amp;Flanke des Modells in Karten einbeziehen</translation>
    </message>
    <message>
        <source>Maps of the &amp;Selected Sequences…</source>
        <translation>&amp;Karten der ausgewählten Sequenzen…</translation>
    </message>
    <message>
        <source>Export the &amp;Heatmap as an Image…</source>
        <translation>&amp;Heatmap als Bild exportieren…</translation>
    </message>
    <message>
        <source>&amp;Variant Effects…</source>
        <translation>&amp;Varianteneffekte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Score a table of variants (reference and alternative sequences) with the model</source>
        <translation>Eine Variantentabelle (Referenz- und Alternativsequenzen) mit dem Modell bewerten</translation>
    </message>
    <message>
        <source>Variants &amp;Named by Position…</source>
        <translation>&amp;Nach Position benannte Varianten…</translation>
    </message>
    <message>
        <source>M&amp;otif Scan</source>
        <translation>M&amp;otiv-Scan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Transcription factor motifs (JASPAR) found in the sequence in the editor</source>
        <translation>In der Sequenz im Editor gefundene Transkriptionsfaktor-Motive (JASPAR)</translation>
    </message>
    <message>
        <source>The variants could not be scored</source>
        <translation>Die Varianten konnten nicht bewertet werden</translation>
    </message>
    <message>
        <source>The maps could not be computed</source>
        <translation>Die Karten konnten nicht berechnet werden</translation>
    </message>
    <message>
        <source>No model is loaded: load one with File → Open Model.</source>
        <translation>Es ist kein Modell geladen: Laden Sie eines mit Datei → Modell öffnen.</translation>
    </message>
    <message>
        <source>Select the sequences to map in the list first.</source>
        <translation>Wählen Sie zuerst in der Liste die Sequenzen aus, für die Karten berechnet werden sollen.</translation>
    </message>
    <message>
        <source>Write the Maps to</source>
        <translation>Karten speichern unter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The map could not be exported</source>
        <translation>Die Karte konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>There is no map to export: compute one with Analysis → Mutagenesis Map (Ctrl+M).</source>
        <translation>Es gibt keine Karte zum Exportieren: Berechnen Sie eine mit Analyse → Mutagenesekarte (Ctrl+M).</translation>
    </message>
    <message>
        <source>Export the Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Karte in %1 gespeichert</translation>
    </message>
    <message>
        <source>Export the Heatmap</source>
        <translation>Heatmap exportieren</translation>
    </message>
    <message>
        <source>The heatmap could not be exported</source>
        <translation>Die Heatmap konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Design Promoters…</source>
        <translation>Promotoren &amp;entwerfen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Design new promoters toward a target expression, under constraints</source>
        <translation>Neue Promotoren unter Randbedingungen auf eine Zielexpression hin entwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s) added to the sequence list</source>
        <translation>
            <numerusform>%n Design zur Sequenzliste hinzugefügt</numerusform>
            <numerusform>%n Designs zur Sequenzliste hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use the Default Model</source>
        <translation>Standardmodell &amp;verwenden</translation>
    </message>
    <message>
        <source>Export P&amp;lot…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;move Sequences</source>
        <translation>Sequenzen ent&amp;fernen</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>Haupt&amp;werkzeugleiste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <source>&amp;Motifs</source>
        <translation>&amp;Motive</translation>
    </message>
    <message>
        <source>Es&amp;timated Maps of the Selected Sequences…</source>
        <translation>&amp;Geschätzte Karten der ausgewählten Sequenzen…</translation>
    </message>
    <message>
        <source>E&amp;xport the Map as CSV…</source>
        <translation>Karte als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Variants &amp;Panel</source>
        <translation>Varianten&amp;bereich</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MotifFindBar</name>
    <message>
        <source>Find a motif (IUPAC, e.g. TATAWAWR)</source>
        <translation>Motiv suchen (IUPAC, z. B. TATAWAWR)</translation>
    </message>
    <message>
        <source>Searched on both strands. N matches any base, W = A or T, R = A or G, …</source>
        <translation>Gesucht wird auf beiden Strängen. N steht für jede Base, W = A oder T, R = A oder G, …</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabetaste)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es): %1 forward, %2 reverse</source>
        <translation>
            <numerusform>%n Treffer: %1 vorwärts, %2 rückwärts</numerusform>
            <numerusform>%n Treffer: %1 vorwärts, %2 rückwärts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MotifHitTableModel</name>
    <message>
        <source>Motif ID</source>
        <translation>Motiv-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Strang</translation>
    </message>
    <message>
        <source>Score (bits)</source>
        <translation>Score (Bit)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MotifPanel</name>
    <message>
        <source>Load MEME File…</source>
        <translation>MEME-Datei laden…</translation>
    </message>
    <message>
        <source>Use JASPAR</source>
        <translation>JASPAR verwenden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Scan with the motifs of a MEME v4 file, such as a JASPAR or HOCOMOCO export</source>
        <translation>Mit den Motiven einer MEME-v4-Datei scannen, etwa eines JASPAR- oder HOCOMOCO-Exports</translation>
    </message>
    <message>
        <source>Scan with the JASPAR 2024 fungal motifs shipped with PromoterLab again</source>
        <translation>Wieder mit den mit PromoterLab gelieferten JASPAR-2024-Motiven für Pilze scannen</translation>
    </message>
    <message>
        <source>A window of the sequence is a hit when a random sequence scores as high with at most this probability</source>
        <translation>Ein Sequenzfenster gilt als Treffer, wenn eine Zufallssequenz höchstens mit dieser Wahrscheinlichkeit einen ebenso hohen Score erreicht</translation>
    </message>
    <message>
        <source>p-value ≤</source>
        <translation>p-Wert ≤</translation>
    </message>
    <message>
        <source>Filter motifs by name or ID</source>
        <translation>Motive nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>Show the hits of every motif in the list</source>
        <translation>Die Treffer aller Motive der Liste anzeigen</translation>
    </message>
    <message>
        <source>Hide the hits of every motif in the list</source>
        <translation>Die Treffer aller Motive der Liste ausblenden</translation>
    </message>
    <message>
        <source>Double-click a hit to select its bases in the editor</source>
        <translation>Doppelklicken Sie auf einen Treffer, um seine Basen im Editor auszuwählen</translation>
    </message>
    <message>
        <source>The motif file could not be read</source>
        <translation>Die Motivdatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The shipped motifs could not be read</source>
        <translation>Die mitgelieferten Motive konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Load MEME File</source>
        <translation>MEME-Datei laden</translation>
    </message>
    <message>
        <source>MEME motif files (*.meme *.txt *.meme.gz *.txt.gz);;All files (*)</source>
        <translation>MEME-Motivdateien (*.meme *.txt *.meme.gz *.txt.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Motif Hits</source>
        <translation>Motivtreffer exportieren</translation>
    </message>
    <message>
        <source>motif_hits.csv</source>
        <translation>motivtreffer.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The motif hits could not be exported</source>
        <translation>Die Motivtreffer konnten nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>JASPAR 2024 CORE fungi (CC BY 4.0), %n motif(s)</source>
        <translation>
            <numerusform>JASPAR 2024 CORE fungi (CC BY 4.0), %n Motiv</numerusform>
            <numerusform>JASPAR 2024 CORE fungi (CC BY 4.0), %n Motive</numerusform>
        </translation>
    </message>
    <message>
        <source>Rauluseviciute I, et al. JASPAR 2024: 20th anniversary of the open-access database of transcription factor binding profiles. Nucleic Acids Research 52(D1), D174–D182 (2024).</source>
        <translation>Rauluseviciute I, et al. JASPAR 2024: 20th anniversary of the open-access database of transcription factor binding profiles. Nucleic Acids Research 52(D1), D174–D182 (2024).</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n motif(s)</source>
        <translation>
            <numerusform>%1, %n Motiv</numerusform>
            <numerusform>%1, %n Motive</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The motifs could not be prepared for scanning</source>
        <translation>Die Motive konnten nicht für den Scan vorbereitet werden</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n motif(s) for scanning…</source>
        <translation>
            <numerusform>%n Motiv wird für den Scan vorbereitet…</numerusform>
            <numerusform>%n Motive werden für den Scan vorbereitet…</numerusform>
        </translation>
    </message>
    <message>
        <source>No sequence to scan.</source>
        <translation>Keine Sequenz zum Scannen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hit(s) shown (p ≤ %2)</source>
        <translation>
            <numerusform>%1 von %n Treffer angezeigt (p ≤ %2)</numerusform>
            <numerusform>%1 von %n Treffern angezeigt (p ≤ %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MotifTrack</name>
    <message>
        <source>Motif hits</source>
        <translation>Motivtreffer</translation>
    </message>
    <message>
        <source>motif_hits.png</source>
        <translation>motivtreffer.png</translation>
    </message>
    <message>
        <source>Not drawn for lack of room:
%1</source>
        <translation>Aus Platzmangel nicht gezeichnet:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)
Strand %3
Positions %4–%5
Score %6 bits
p-value %7</source>
        <translation>%1 (%2)
Strang %3
Positionen %4–%5
Score %6 Bit
p-Wert %7</translation>
    </message>
    <message>
        <source>Motifs</source>
        <translation>Motive</translation>
    </message>
    <message>
        <source>No motif hits</source>
        <translation>Keine Motivtreffer</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) %3 %4–%5</source>
        <translation>%1 (%2) %3 %4–%5</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MutagenesisHeatmap</name>
    <message>
        <source>Gradient × input estimate</source>
        <translation>Gradient-×-Eingabe-Schätzung</translation>
    </message>
    <message>
        <source>No mutagenesis map: Analysis → Mutagenesis Map (Ctrl+M)</source>
        <translation>Keine Mutagenesekarte: Analyse → Mutagenesekarte (Ctrl+M)</translation>
    </message>
    <message>
        <source>Δ estimate</source>
        <translation>Δ-Schätzung</translation>
    </message>
    <message>
        <source>Δ expression</source>
        <translation>Δ Expression</translation>
    </message>
    <message>
        <source>5′ flank −%1</source>
        <translation>5′-Flanke −%1</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>%1: %2 (reference)
Predicted expression %3</source>
        <translation>%1: %2 (Referenz)
Vorhergesagte Expression %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1
Δ expression %2 (estimate)
Expression %3 (estimate)</source>
        <translation>%1
Δ Expression %2 (Schätzung)
Expression %3 (Schätzung)</translation>
    </message>
    <message>
        <source>%1
Δ expression %2
Predicted expression %3</source>
        <translation>%1
Δ Expression %2
Vorhergesagte Expression %3</translation>
    </message>
    <message>
        <source>Save Heatmap As…</source>
        <translation>Heatmap speichern unter…</translation>
    </message>
    <message>
        <source>Save Heatmap As</source>
        <translation>Heatmap speichern unter</translation>
    </message>
    <message>
        <source>mutagenesis_heatmap.png</source>
        <translation>mutagenese_heatmap.png</translation>
    </message>
    <message>
        <source>The heatmap could not be written</source>
        <translation>Die Heatmap konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MutagenesisService</name>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::PredictionService</name>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when PromoterLab starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von PromoterLab wirksam.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::RejectedRecordsDialog</name>
    <message>
        <source>Records left out</source>
        <translation>Ausgelassene Datensätze</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy every listed record as tab-separated text</source>
        <translation>Alle aufgeführten Datensätze als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the listed records as a TSV file</source>
        <translation>Die aufgeführten Datensätze als TSV-Datei speichern</translation>
    </message>
    <message>
        <source>%L1 of %L2 records in %3 were left out.</source>
        <translation>%L1 von %L2 Datensätzen in %3 wurden ausgelassen.</translation>
    </message>
    <message>
        <source>… and %L1 more not listed.</source>
        <translation>… und %L1 weitere, die nicht aufgeführt sind.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>left-out.tsv</source>
        <translation>ausgelassen.tsv</translation>
    </message>
    <message>
        <source>%1-left-out.tsv</source>
        <translation>%1-ausgelassen.tsv</translation>
    </message>
    <message>
        <source>Save the records left out</source>
        <translation>Ausgelassene Datensätze speichern</translation>
    </message>
    <message>
        <source>Tab-separated values (*.tsv);;All files (*)</source>
        <translation>Tabulatorgetrennte Werte (*.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The list could not be saved</source>
        <translation>Die Liste konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceEditor</name>
    <message>
        <source>The pasted text has U, as RNA does: write T for U. Nothing was pasted.</source>
        <translation>Der eingefügte Text enthält U wie bei RNA: Schreiben Sie T statt U. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>The pasted text has &apos;%1&apos;, which is not a nucleotide (allowed: A, C, G, T and IUPAC codes). Nothing was pasted.</source>
        <translation>Der eingefügte Text enthält „%1“, das kein Nukleotid ist (erlaubt: A, C, G, T und IUPAC-Codes). Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>The pasted text holds %1 FASTA records: paste one sequence at a time.</source>
        <translation>Der eingefügte Text enthält %1 FASTA-Einträge: Fügen Sie jeweils nur eine Sequenz ein.</translation>
    </message>
    <message>
        <source>The pasted text holds no bases.</source>
        <translation>Der eingefügte Text enthält keine Basen.</translation>
    </message>
    <message>
        <source>Sequence editor</source>
        <translation>Sequenzeditor</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The sequence is read-only.</source>
        <translation>Die Sequenz ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>5′ flank, %1 nt before position 1: %2</source>
        <translation>5′-Flanke, %1 nt vor Position 1: %2</translation>
    </message>
    <message>
        <source>3′ flank, %1 nt after the sequence: %2</source>
        <translation>3′-Flanke, %1 nt nach der Sequenz: %2</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>Position %1: &apos;%2&apos; is not a nucleotide</source>
        <translation>Position %1: „%2“ ist kein Nukleotid</translation>
    </message>
    <message>
        <source>Motif at %1 on the reverse strand</source>
        <translation>Motiv bei %1 auf dem Rückwärtsstrang</translation>
    </message>
    <message>
        <source>Motif at %1 on the forward strand</source>
        <translation>Motiv bei %1 auf dem Vorwärtsstrang</translation>
    </message>
    <message>
        <source>5′ flank</source>
        <translation>5′-Flanke</translation>
    </message>
    <message>
        <source>3′ flank</source>
        <translation>3′-Flanke</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be typed here: type A, C, G, T or N (paste to enter other IUPAC codes).</source>
        <translation>„%1“ kann hier nicht eingegeben werden: Geben Sie A, C, G, T oder N ein (andere IUPAC-Codes lassen sich einfügen).</translation>
    </message>
    <message>
        <source>Position %1 is outside the sequence (1–%2): nothing was substituted.</source>
        <translation>Position %1 liegt außerhalb der Sequenz (1–%2): Es wurde nichts substituiert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be substituted: use A, C, G, T or N.</source>
        <translation>„%1“ kann nicht eingesetzt werden: Verwenden Sie A, C, G, T oder N.</translation>
    </message>
    <message>
        <source>Substitute %1%2%3</source>
        <translation>Substitution %1%2%3</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceLogoTrack</name>
    <message>
        <source>Sequence logo</source>
        <translation>Sequenzlogo</translation>
    </message>
    <message>
        <source>sequence_logo.png</source>
        <translation>sequenzlogo.png</translation>
    </message>
    <message>
        <source>Importance (estimate)</source>
        <translation>Wichtigkeit (Schätzung)</translation>
    </message>
    <message>
        <source>Importance (−mean Δ)</source>
        <translation>Wichtigkeit (−mittleres Δ)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>5′ flank −%1: %2
Importance %3</source>
        <translation>5′-Flanke −%1: %2
Wichtigkeit %3</translation>
    </message>
    <message>
        <source>Position %1: %2
Importance %3</source>
        <translation>Position %1: %2
Wichtigkeit %3</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cannot predict</source>
        <translation>Nicht vorhersagbar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceWorkbench</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Quick Estimate</source>
        <translation>Schnellschätzung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Predict every single-base substitution of the sequence (Ctrl+M)</source>
        <translation>Jede Einzelbasen-Substitution der Sequenz vorhersagen (Ctrl+M)</translation>
    </message>
    <message>
        <source>A gradient × input estimate of the map: instant, but a first-order preview, not predictions</source>
        <translation>Eine Gradient-×-Eingabe-Schätzung der Karte: sofort verfügbar, aber nur eine Vorschau erster Ordnung, keine Vorhersagen</translation>
    </message>
    <message>
        <source>Stop computing the map</source>
        <translation>Berechnung der Karte anhalten</translation>
    </message>
    <message>
        <source>Computing the map… %1 of %2 substitutions</source>
        <translation>Karte wird berechnet… %1 von %2 Substitutionen</translation>
    </message>
    <message>
        <source>Map cancelled. %1</source>
        <translation>Karte abgebrochen. %1</translation>
    </message>
    <message>
        <source>No map: %1</source>
        <translation>Keine Karte: %1</translation>
    </message>
    <message>
        <source>The mutagenesis map could not be computed</source>
        <translation>Die Mutagenesekarte konnte nicht berechnet werden</translation>
    </message>
    <message>
        <source>No model is loaded: load one with File → Open Model.</source>
        <translation>Es ist kein Modell geladen: Laden Sie eines mit Datei → Modell öffnen.</translation>
    </message>
    <message>
        <source>The sequence is empty: select a sequence or type its bases.</source>
        <translation>Die Sequenz ist leer: Wählen Sie eine Sequenz aus, oder geben Sie ihre Basen ein.</translation>
    </message>
    <message>
        <source>Estimating the map…</source>
        <translation>Karte wird geschätzt…</translation>
    </message>
    <message>
        <source>Computing the map…</source>
        <translation>Karte wird berechnet…</translation>
    </message>
    <message>
        <source>No map yet: Map predicts every substitution (Ctrl+M).</source>
        <translation>Noch keine Karte: „Karte“ sagt jede Substitution vorher (Ctrl+M).</translation>
    </message>
    <message>
        <source>Gradient × input estimate, a first-order preview (not predictions)</source>
        <translation>Gradient-×-Eingabe-Schätzung, eine Vorschau erster Ordnung (keine Vorhersagen)</translation>
    </message>
    <message>
        <source>Every substitution predicted</source>
        <translation>Jede Substitution vorhergesagt</translation>
    </message>
    <message>
        <source>reference expression %1</source>
        <translation>Referenz-Expression %1</translation>
    </message>
    <message>
        <source>%1 for an earlier version of the sequence; %2</source>
        <translation>%1 für eine frühere Version der Sequenz; %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>There is no map to export: compute one with Analysis → Mutagenesis Map.</source>
        <translation>Es gibt keine Karte zum Exportieren: Berechnen Sie eine mit Analyse → Mutagenesekarte.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::TrainingCurvesPlot</name>
    <message>
        <source>Training loss (batch)</source>
        <translation>Trainings-Loss (Batch)</translation>
    </message>
    <message>
        <source>Training loss (epoch)</source>
        <translation>Trainings-Loss (Epoche)</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungs-Loss</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Validation Pearson r</source>
        <translation>Pearson r (Validierung)</translation>
    </message>
    <message>
        <source>training_curves.png</source>
        <translation>trainingskurven.png</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::TrainingPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Train a new model in the output folder</source>
        <translation>Ein neues Modell im Ausgabeordner trainieren</translation>
    </message>
    <message>
        <source>Stop within one batch; the last finished epoch&apos;s checkpoint is kept</source>
        <translation>Innerhalb eines Batches anhalten; der Checkpoint der letzten abgeschlossenen Epoche bleibt erhalten</translation>
    </message>
    <message>
        <source>Continue the output folder&apos;s stopped run from its checkpoint</source>
        <translation>Den angehaltenen Lauf im Ausgabeordner ab seinem Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungs-Loss</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>Samples/s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Choose the data and settings, then Start.</source>
        <translation>Wählen Sie Daten und Einstellungen, und klicken Sie dann auf Starten.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Sequences of this project with measured values</source>
        <translation>Sequenzen dieses Projekts mit Messwerten</translation>
    </message>
    <message>
        <source>table, FASTA or text with measured values</source>
        <translation>Tabelle, FASTA oder Text mit Messwerten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>One sequence in ten (by sequence hash)</source>
        <translation>Jede zehnte Sequenz (nach Sequenz-Hash)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <source>Expression bins (LegNet, soft labels)</source>
        <translation>Expressions-Bins (LegNet, Soft Labels)</translation>
    </message>
    <message>
        <source>Regression (one value)</source>
        <translation>Regression (ein Wert)</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>Binäre Klassifikation</translation>
    </message>
    <message>
        <source>Multi-label classification</source>
        <translation>Multi-Label-Klassifikation</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>class names, separated by commas</source>
        <translation>Klassennamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Binary: the one class; multi-label: the table columns holding each class&apos;s 0/1 label</source>
        <translation>Binär: die eine Klasse; Multi-Label: die Tabellenspalten mit dem 0/1-Label jeder Klasse</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Full optimized LegNet</source>
        <translation>Vollständiges optimiertes LegNet</translation>
    </message>
    <message>
        <source>Compact LegNet (for CPU)</source>
        <translation>Kompaktes LegNet (für CPU)</translation>
    </message>
    <message>
        <source>Full: block sizes 256, 128, 128, 64, 64, 64, 64 (2.1 million parameters). Compact: 64, 32, 32, 32, 16, 16, 16.</source>
        <translation>Vollständig: Blockgrößen 256, 128, 128, 64, 64, 64, 64 (2,1 Millionen Parameter). Kompakt: 64, 32, 32, 32, 16, 16, 16.</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>Konfiguration laden…</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Architektur:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, falls verfügbar)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>one pass over the data</source>
        <translation>ein Durchlauf über die Daten</translation>
    </message>
    <message>
        <source>Batches per epoch:</source>
        <translation>Batches pro Epoche:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Sequences with measured values (*.csv *.tsv *.txt *.fa *.fasta *.gz);;All files (*)</source>
        <translation>Sequenzen mit Messwerten (*.csv *.tsv *.txt *.fa *.fasta *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Training configuration</source>
        <translation>Trainingskonfiguration</translation>
    </message>
    <message>
        <source>Training configuration (*.json);;All files (*)</source>
        <translation>Trainingskonfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Loaded the training configuration %1.</source>
        <translation>Trainingskonfiguration %1 geladen.</translation>
    </message>
    <message>
        <source>Validation AUROC</source>
        <translation>AUROC (Validierung)</translation>
    </message>
    <message>
        <source>Validation Pearson r</source>
        <translation>Pearson r (Validierung)</translation>
    </message>
    <message>
        <source>Sequences of this project with measured values (%L1)</source>
        <translation>Sequenzen dieses Projekts mit Messwerten (%L1)</translation>
    </message>
    <message>
        <source>No sequence of this project has a measured value; import a table with a measured column first</source>
        <translation>Keine Sequenz dieses Projekts hat einen Messwert; importieren Sie zuerst eine Tabelle mit einer Messwertspalte</translation>
    </message>
    <message>
        <source>Choose a data file with sequences and measured values, or this project&apos;s sequences.</source>
        <translation>Wählen Sie eine Datendatei mit Sequenzen und Messwerten oder die Sequenzen dieses Projekts.</translation>
    </message>
    <message>
        <source>%1 does not exist; choose another data file.</source>
        <translation>%1 existiert nicht; wählen Sie eine andere Datendatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>%1 kann nicht gelesen werden; prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>This project has no sequences with measured values; choose a data file.</source>
        <translation>Dieses Projekt hat keine Sequenzen mit Messwerten; wählen Sie eine Datendatei.</translation>
    </message>
    <message>
        <source>Binary classification needs exactly one class name.</source>
        <translation>Die binäre Klassifikation benötigt genau einen Klassennamen.</translation>
    </message>
    <message>
        <source>Multi-label classification needs the class names (the table&apos;s label columns).</source>
        <translation>Die Multi-Label-Klassifikation benötigt die Klassennamen (die Label-Spalten der Tabelle).</translation>
    </message>
    <message>
        <source>Choose an output folder for the trained model.</source>
        <translation>Wählen Sie einen Ausgabeordner für das trainierte Modell.</translation>
    </message>
    <message>
        <source>%1 already holds a run; choose another output folder, or Resume it.</source>
        <translation>%1 enthält bereits einen Lauf; wählen Sie einen anderen Ausgabeordner, oder setzen Sie den Lauf mit Fortsetzen fort.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Choose the data file the run was started with, then Resume.</source>
        <translation>Wählen Sie die Datendatei, mit der der Lauf gestartet wurde, und klicken Sie dann auf Fortsetzen.</translation>
    </message>
    <message>
        <source>project sequences</source>
        <translation>Projektsequenzen</translation>
    </message>
    <message>
        <source>Reading the data to resume the run…</source>
        <translation>Daten werden gelesen, um den Lauf fortzusetzen…</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Daten werden gelesen…</translation>
    </message>
    <message>
        <source>%L1 training rows, %L2 validation rows</source>
        <translation>%L1 Trainingszeilen, %L2 Validierungszeilen</translation>
    </message>
    <message>
        <source>%L1 rejected</source>
        <translation>%L1 verworfen</translation>
    </message>
    <message>
        <source>%1; training on %2…</source>
        <translation>%1; Training auf %2…</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Verworfene Zeilen:</translation>
    </message>
    <message>
        <source>Epoch %1/%2, batch %3/%4</source>
        <translation>Epoche %1/%2, Batch %3/%4</translation>
    </message>
    <message>
        <source>%L1 samples/s</source>
        <translation>%L1 Samples/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epoch(s) in %1.</source>
        <translation>
            <numerusform>%n Epoche in %1 abgeschlossen.</numerusform>
            <numerusform>%n Epochen in %1 abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed after epoch %1.</source>
        <translation>Nach Epoche %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>The model was saved to %1.</source>
        <translation>Das Modell wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled before the first epoch ended; nothing was kept.</source>
        <translation>Vor Ende der ersten Epoche abgebrochen; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Cancelled. The checkpoint after epoch %1 is kept: Resume continues from it.</source>
        <translation>Abgebrochen. Der Checkpoint nach Epoche %1 bleibt erhalten: Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <source>Cancelled. The last checkpoint is kept: Resume continues from it.</source>
        <translation>Abgebrochen. Der letzte Checkpoint bleibt erhalten: Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Training fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::UserGuideWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>%1 — PromoterLab Help</source>
        <translation>%1 — PromoterLab-Hilfe</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::VariantService</name>
    <message>
        <source>No model is loaded: open one with File → Open Model before scoring variants.</source>
        <translation>Es ist kein Modell geladen: Öffnen Sie eines mit Datei → Modell öffnen, bevor Sie Varianten bewerten.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1: no tab, comma or semicolon in the first line: a variant table needs a header row naming its columns</source>
        <translation>%1: kein Tabulator, Komma oder Semikolon in der ersten Zeile: Eine Variantentabelle braucht eine Kopfzeile mit den Spaltennamen</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::VariantTableModel</name>
    <message>
        <source>Predicted expression of the alternative minus that of the reference</source>
        <translation>Vorhergesagte Expression der Alternative minus die der Referenz</translation>
    </message>
    <message>
        <source>Measured alternative minus measured reference, as the file gives it</source>
        <translation>Gemessene Alternative minus gemessene Referenz, wie in der Datei angegeben</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation>Substitutionen</translation>
    </message>
    <message>
        <source>Predicted ref</source>
        <translation>Ref. (vorhergesagt)</translation>
    </message>
    <message>
        <source>Predicted alt</source>
        <translation>Alt. (vorhergesagt)</translation>
    </message>
    <message>
        <source>Predicted Δ</source>
        <translation>Vorhergesagtes Δ</translation>
    </message>
    <message>
        <source>Measured Δ</source>
        <translation>Gemessenes Δ</translation>
    </message>
    <message>
        <source>Measured ref</source>
        <translation>Ref. (gemessen)</translation>
    </message>
    <message>
        <source>Measured alt</source>
        <translation>Alt. (gemessen)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::VariantsPanel</name>
    <message>
        <source>(automatic)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Import Variant Pairs…</source>
        <translation>Variantenpaare importieren…</translation>
    </message>
    <message>
        <source>Import Variant Rows…</source>
        <translation>Variantenzeilen importieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>A CSV or TSV table with one reference and one alternative sequence a row</source>
        <translation>Eine CSV- oder TSV-Tabelle mit je einer Referenz- und einer Alternativsequenz pro Zeile</translation>
    </message>
    <message>
        <source>A CSV or TSV table of (sequence name, position, ref, alt) rows applied to this project&apos;s sequences</source>
        <translation>Eine CSV- oder TSV-Tabelle mit Zeilen (Sequenzname, Position, Ref, Alt), die auf die Sequenzen dieses Projekts angewendet werden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No model is loaded: open one with File → Open Model before scoring variants.</source>
        <translation>Es ist kein Modell geladen: Öffnen Sie eines mit Datei → Modell öffnen, bevor Sie Varianten bewerten.</translation>
    </message>
    <message>
        <source>Variant rows name sequences of the project, and it has none yet: add the sequences first, or import the variants as pairs of sequences.</source>
        <translation>Variantenzeilen verweisen auf Sequenzen des Projekts, doch es enthält noch keine: Fügen Sie zuerst die Sequenzen hinzu, oder importieren Sie die Varianten als Sequenzpaare.</translation>
    </message>
    <message>
        <source>Scoring variants in %1</source>
        <translation>Varianten in %1 werden bewertet</translation>
    </message>
    <message>
        <source>Columns of the Variant Rows</source>
        <translation>Spalten der Variantenzeilen</translation>
    </message>
    <message>
        <source>Columns of the Variant Pairs</source>
        <translation>Spalten der Variantenpaare</translation>
    </message>
    <message>
        <source>Sequence name:</source>
        <translation>Sequenzname:</translation>
    </message>
    <message>
        <source>Position (1-based):</source>
        <translation>Position (ab 1 gezählt):</translation>
    </message>
    <message>
        <source>Reference bases:</source>
        <translation>Referenzbasen:</translation>
    </message>
    <message>
        <source>Alternative bases:</source>
        <translation>Alternative Basen:</translation>
    </message>
    <message>
        <source>Reference sequence:</source>
        <translation>Referenzsequenz:</translation>
    </message>
    <message>
        <source>Alternative sequence:</source>
        <translation>Alternativsequenz:</translation>
    </message>
    <message>
        <source>Variant name:</source>
        <translation>Variantenname:</translation>
    </message>
    <message>
        <source>Measured Δ (alt − ref):</source>
        <translation>Gemessenes Δ (Alt − Ref):</translation>
    </message>
    <message>
        <source>Measured reference:</source>
        <translation>Gemessene Referenz:</translation>
    </message>
    <message>
        <source>Measured alternative:</source>
        <translation>Gemessene Alternative:</translation>
    </message>
    <message>
        <source>Without a measured Δ column, measured reference and alternative values give the measured Δ as their difference.</source>
        <translation>Ohne Spalte für das gemessene Δ ergibt sich das gemessene Δ als Differenz der gemessenen Referenz- und Alternativwerte.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Columns of %1:</source>
        <translation>Spalten von %1:</translation>
    </message>
    <message>
        <source>Import Variant Rows</source>
        <translation>Variantenzeilen importieren</translation>
    </message>
    <message>
        <source>Import Variant Pairs</source>
        <translation>Variantenpaare importieren</translation>
    </message>
    <message>
        <source>Variant tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz);;All files (*)</source>
        <translation>Variantentabellen (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Variant Effects</source>
        <translation>Varianteneffekte exportieren</translation>
    </message>
    <message>
        <source>variant_effects.csv</source>
        <translation>varianteneffekte.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Tab-separated (*.tsv)</source>
        <translation>CSV (*.csv);;Tabulatorgetrennt (*.tsv)</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) scored</source>
        <translation>
            <numerusform>%n Variante bewertet</numerusform>
            <numerusform>%n Varianten bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no variant could be scored; the skipped rows say why.</source>
        <translation>%1: Keine Variante konnte bewertet werden; die übersprungenen Zeilen nennen den Grund.</translation>
    </message>
    <message>
        <source>Import a table of variants to predict their effects with the active model.</source>
        <translation>Importieren Sie eine Variantentabelle, um deren Effekte mit dem aktiven Modell vorherzusagen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n variant(s) scored</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Variante bewertet</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Varianten bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) skipped</source>
        <translation>
            <numerusform>, %n Zeile übersprungen</numerusform>
            <numerusform>, %n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No measured deltas: choose a measured Δ column, or measured reference and alternative columns, when importing to compare predictions with the assay.</source>
        <translation>Keine gemessenen Δ-Werte: Wählen Sie beim Import eine Spalte für das gemessene Δ oder Spalten für die gemessene Referenz und Alternative, um die Vorhersagen mit dem Assay zu vergleichen.</translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation>Substitutionen</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::WelcomeDialog</name>
    <message>
        <source>Show this at start</source>
        <translation>Beim Start anzeigen</translation>
    </message>
    <message>
        <source>Welcome to PromoterLab</source>
        <translation>Willkommen bei PromoterLab</translation>
    </message>
    <message>
        <source>&lt;p&gt;PromoterLab predicts how strongly promoter sequences drive gene expression, with deep-learning models such as LegNet.&lt;/p&gt;&lt;p&gt;The list holds the project&apos;s sequences with their predicted and measured expression. Beside it, the plot shows the predicted distribution over expression bins of the selected sequence; below, you can edit its bases and watch the prediction follow. Every change is saved as you work.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PromoterLab sagt mit Deep-Learning-Modellen wie LegNet vorher, wie stark Promotorsequenzen die Genexpression antreiben.&lt;/p&gt;&lt;p&gt;Die Liste enthält die Sequenzen des Projekts mit ihrer vorhergesagten und gemessenen Expression. Daneben zeigt das Diagramm die vorhergesagte Bin-Verteilung der ausgewählten Sequenz; darunter können Sie ihre Basen bearbeiten, und die Vorhersage folgt sofort. Jede Änderung wird laufend gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open your sequences…</source>
        <translation>Eigene Sequenzen öffnen…</translation>
    </message>
    <message>
        <source>FASTA, CSV, TSV or plain text, gzip too</source>
        <translation>FASTA, CSV, TSV oder reiner Text, auch gzip</translation>
    </message>
    <message>
        <source>Mutagenesis map of the selected sequence</source>
        <translation>Mutagenesekarte der ausgewählten Sequenz</translation>
    </message>
    <message>
        <source>Every single-base change, predicted, as a heatmap</source>
        <translation>Jede Einzelbasen-Substitution vorhergesagt, als Heatmap</translation>
    </message>
    <message>
        <source>Variant effects</source>
        <translation>Varianteneffekte</translation>
    </message>
    <message>
        <source>Score a table of reference and alternative sequences</source>
        <translation>Eine Tabelle aus Referenz- und Alternativsequenzen bewerten</translation>
    </message>
    <message>
        <source>Motif scan</source>
        <translation>Motiv-Scan</translation>
    </message>
    <message>
        <source>Transcription factor motifs (JASPAR) in the selected sequence</source>
        <translation>Transkriptionsfaktor-Motive (JASPAR) in der ausgewählten Sequenz</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Ein Modell trainieren</translation>
    </message>
    <message>
        <source>On the project&apos;s measured sequences, with live curves</source>
        <translation>Mit den gemessenen Sequenzen des Projekts, mit laufend aktualisierten Kurven</translation>
    </message>
    <message>
        <source>Design promoters</source>
        <translation>Promotoren entwerfen</translation>
    </message>
    <message>
        <source>New sequences toward a target expression, under constraints</source>
        <translation>Neue Sequenzen unter Randbedingungen auf eine Zielexpression hin</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How each part of PromoterLab works</source>
        <translation>Wie die einzelnen Teile von PromoterLab funktionieren</translation>
    </message>
</context>
</TS>
