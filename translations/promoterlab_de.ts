<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Predict promoter expression with deep-learning models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to load instead of the shipped one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: check that the folder exists, is writable and the disk is not full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::BinDistributionPlot</name>
    <message>
        <source>Predicted probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prediction yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted expression: %1 (red line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward strand %1, reverse strand %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: %1 (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MainWindow</name>
    <message>
        <source>PromoterLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sequence to see its predicted bin distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Sequences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sequences of FASTA, CSV, TSV or text files (gzip too) to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a PromoterLab bundle, an official LegNet checkpoint or a TorchScript model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Mo&amp;dels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Default Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sequences and their predictions to CSV, TSV or FASTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PromoterLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences (*.fa *.fasta *.fna *.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.plm *.pth *.pt *.ckpt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with the model&apos;s bin or class probabilities (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV with the model&apos;s bin or class probabilities (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FASTA (*.fa *.fasta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bin_distribution.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plot could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PromoterLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PromoterLab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Predicts the expression driven by promoter sequences with deep-learning models such as LegNet, shows what each base contributes, trains models and designs new promoters.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text holds no sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bases yet: type or paste them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) added from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be predicted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: predicted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for its prediction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::PredictionService</name>
    <message>
        <source>No model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when PromoterLab starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
