<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>PlotExport</name>
    <message>
        <source>Save Plot As…</source>
        <translation>Сохранить график как…</translation>
    </message>
    <message>
        <source>Save Plot As</source>
        <translation>Сохранить график как</translation>
    </message>
    <message>
        <source>The plot could not be written</source>
        <translation>Не удалось записать график</translation>
    </message>
    <message>
        <source>Save Image As…</source>
        <translation>Сохранить изображение как…</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Сохранить изображение как</translation>
    </message>
    <message>
        <source>The image could not be written</source>
        <translation>Не удалось записать изображение</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf</source>
        <translation>%1: выберите файл с расширением .png, .svg или .pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: check that the folder exists, is writable and the disk is not full</source>
        <translation>Не удалось записать %1: убедитесь, что папка существует и доступна для записи, а на диске есть свободное место</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PredictionJobs</name>
    <message numerus="yes">
        <source>%n sequence(s) predicted</source>
        <translation>
            <numerusform>%n последовательность предсказана</numerusform>
            <numerusform>%n последовательности предсказаны</numerusform>
            <numerusform>%n последовательностей предсказано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveSequencesCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>удаление %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sequence(s)</source>
        <translation>
            <numerusform>удаление %n последовательности</numerusform>
            <numerusform>удаление %n последовательностей</numerusform>
            <numerusform>удаление %n последовательностей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingRunArchive</name>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, started %2: %3</source>
        <translation>%1, запуск %2: %3</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>%1: cannot be written (%2); choose a writable output folder</source>
        <translation>%1: не удаётся записать (%2); выберите выходную папку, доступную для записи</translation>
    </message>
    <message>
        <source>No output folder was given for the trained model.</source>
        <translation>Не указана выходная папка для обученной модели.</translation>
    </message>
    <message>
        <source>%1: the output folder cannot be created; choose a writable one</source>
        <translation>%1: не удаётся создать выходную папку; выберите папку, доступную для записи</translation>
    </message>
    <message>
        <source>There are no sequences with measured values to train on.</source>
        <translation>Нет последовательностей с измеренными значениями для обучения.</translation>
    </message>
    <message>
        <source>%1: only %2 rows with a measured value are left for training (%3 rejected); at least %4 are needed, and a LegNet learns expression from tens of thousands</source>
        <translation>%1: для обучения осталось только %2 строк с измеренным значением (%3 отброшено); нужно не меньше %4, а LegNet учится предсказывать экспрессию по десяткам тысяч последовательностей</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Predict promoter expression with deep-learning models.</source>
        <translation>Предсказание экспрессии промоторов с помощью моделей глубокого обучения.</translation>
    </message>
    <message>
        <source>Model to load instead of the project&apos;s or the shipped one.</source>
        <translation>Модель, загружаемая вместо модели проекта или поставляемой с программой.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Project to open, or to create when it does not exist.</source>
        <translation>Проект, который нужно открыть (или создать, если его нет).</translation>
    </message>
    <message>
        <source>Sequence files to add (FASTA, CSV, TSV or text), and a project file (.plproj) to open and add them to; without one they start a new project.</source>
        <translation>Файлы последовательностей для добавления (FASTA, CSV, TSV или текст) и файл проекта (.plproj), который откроется и в который они будут добавлены; без файла проекта для них создаётся новый проект.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::AboutDialog</name>
    <message>
        <source>About PromoterLab</source>
        <translation>О программе PromoterLab</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PromoterLab %1&lt;/h2&gt;&lt;p&gt;Predicts the expression driven by promoter sequences with deep-learning models such as LegNet, shows what each base contributes, trains models and designs new promoters.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY; see the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PromoterLab %1&lt;/h2&gt;&lt;p&gt;Предсказывает экспрессию, которую обеспечивают промоторные последовательности, с помощью моделей глубокого обучения, таких как LegNet, показывает вклад каждого нуклеотида, обучает модели и проектирует новые промоторы.&lt;/p&gt;&lt;p&gt;Эта программа — свободное программное обеспечение: вы можете распространять и/или изменять её на условиях Стандартной общественной лицензии GNU в том виде, в каком она опубликована Фондом свободного программного обеспечения, версии 3 либо (по вашему выбору) любой более поздней версии (GPL-3.0-or-later). Программа поставляется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ; подробности см. в &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Стандартной общественной лицензии GNU&lt;/a&gt;.&lt;/p&gt;</translation>
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
- Qt %2 (собрано с %3)
- LibTorch %4
- QCustomPlot %5
- SQLite %6
- Вычислительные устройства: %7
</translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation>Сторонние &amp;компоненты</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Сборка</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::BatchMutagenesis</name>
    <message>
        <source>The maps could not be written</source>
        <translation>Не удалось записать карты</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) written to %1</source>
        <translation>
            <numerusform>%n карта записана в %1</numerusform>
            <numerusform>%n карты записаны в %1</numerusform>
            <numerusform>%n карт записано в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n map(s) computed before are in %1</source>
        <translation>
            <numerusform>Отменено; %n ранее рассчитанная карта находится в %1</numerusform>
            <numerusform>Отменено; %n ранее рассчитанные карты находятся в %1</numerusform>
            <numerusform>Отменено; %n ранее рассчитанных карт находятся в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The maps could not be computed</source>
        <translation>Не удалось рассчитать карты</translation>
    </message>
    <message>
        <source>A batch of maps is still running: cancel it in the Jobs panel or wait for it.</source>
        <translation>Серия карт ещё рассчитывается: отмените её на панели «Задачи» или дождитесь завершения.</translation>
    </message>
    <message numerus="yes">
        <source>Mutagenesis maps of %n sequence(s) → %1</source>
        <translation>
            <numerusform>Карты мутагенеза: %n последовательность → %1</numerusform>
            <numerusform>Карты мутагенеза: %n последовательности → %1</numerusform>
            <numerusform>Карты мутагенеза: %n последовательностей → %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::BinDistributionPlot</name>
    <message>
        <source>bin_distribution.png</source>
        <translation>bin_distribution.png</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Предсказанная вероятность</translation>
    </message>
    <message>
        <source>Expression bin</source>
        <translation>Бин экспрессии</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>No prediction yet</source>
        <translation>Предсказания пока нет</translation>
    </message>
    <message>
        <source>Predicted expression: %1 (red line)</source>
        <translation>Предсказанная экспрессия: %1 (красная линия)</translation>
    </message>
    <message>
        <source>forward strand %1, reverse strand %2</source>
        <translation>прямая цепь %1, обратная цепь %2</translation>
    </message>
    <message>
        <source>Measured: %1 (dashed)</source>
        <translation>Измерено: %1 (пунктир)</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DeltaScatterPlot</name>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>variant_deltas.png</source>
        <translation>variant_deltas.png</translation>
    </message>
    <message>
        <source>1 substitution</source>
        <translation>1 замена</translation>
    </message>
    <message>
        <source>2 substitutions</source>
        <translation>2 замены</translation>
    </message>
    <message>
        <source>3 or more substitutions</source>
        <translation>3 замены и более</translation>
    </message>
    <message>
        <source>Predicted Δ (alternative − reference)</source>
        <translation>Предсказанное Δ (альтернатива − референс)</translation>
    </message>
    <message>
        <source>Measured Δ</source>
        <translation>Измеренное Δ</translation>
    </message>
    <message>
        <source>No measured deltas: choose a measured column when importing
to compare the predictions with the assay</source>
        <translation>Нет измеренных Δ: при импорте выберите столбец измерений,
чтобы сравнить предсказания с данными эксперимента</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message numerus="yes">
        <source>%n substitution(s)</source>
        <translation>
            <numerusform>%n замена</numerusform>
            <numerusform>%n замены</numerusform>
            <numerusform>%n замен</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: r = %2, ρ = %3 (n = %4)</source>
        <translation>%1: r = %2, ρ = %3 (n = %4)</translation>
    </message>
    <message>
        <source>No variants scored yet</source>
        <translation>Варианты ещё не оценены</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DesignPanel</name>
    <message>
        <source>Generator only: fast and diverse; how closely the designs meet the target depends on how well the generator was trained</source>
        <translation>Только генератор: быстро и разнообразно; насколько точно последовательности достигают цели, зависит от качества обучения генератора</translation>
    </message>
    <message>
        <source>Predictor-guided substitutions from random starts; works with any model</source>
        <translation>Замены, направляемые предсказательной моделью, начиная со случайных последовательностей; работает с любой моделью</translation>
    </message>
    <message>
        <source>Generator designs refined by predictor-guided substitutions</source>
        <translation>Последовательности генератора с доводкой заменами, направляемыми предсказательной моделью</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add to Workspace</source>
        <translation>Добавить в рабочую область</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export FASTA…</source>
        <translation>Экспорт в FASTA…</translation>
    </message>
    <message>
        <source>with flanks</source>
        <translation>с фланками</translation>
    </message>
    <message>
        <source>Add the selected designs (all of them when none is selected) to the sequence list, flanks included; designs that break a constraint are left out</source>
        <translation>Добавить выбранные последовательности (если ничего не выбрано — все) в список последовательностей вместе с фланками; нарушающие ограничения пропускаются</translation>
    </message>
    <message>
        <source>Write the flanks around each insert in the FASTA file</source>
        <translation>Записывать в файл FASTA фланки вокруг каждой вставки</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Design with these settings (%1)</source>
        <translation>Запустить дизайн с этими настройками (%1)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Целевые значения</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>Expression to design for, on the model&apos;s 0–17 bin scale</source>
        <translation>Целевая экспрессия по шкале бинов модели 0–17</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>Designs per target:</source>
        <translation>Последовательностей на цель:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Диффузия</translation>
    </message>
    <message>
        <source>Guided search</source>
        <translation>Направленный поиск</translation>
    </message>
    <message>
        <source>Diffusion + polish</source>
        <translation>Диффузия + доводка</translation>
    </message>
    <message>
        <source>Diffusion steps: the corruption runs from this many substitutions down to 1</source>
        <translation>Шаги диффузии: зашумление идёт от этого числа замен до 1</translation>
    </message>
    <message>
        <source>Added to the substitution count the generator is told, which pushes it to change more</source>
        <translation>Прибавляется к числу замен, задаваемому генератору, чтобы он изменял больше</translation>
    </message>
    <message>
        <source>Guided search: accepted substitutions per design at most</source>
        <translation>Направленный поиск: наибольшее число принятых замен на последовательность</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Жадный</translation>
    </message>
    <message>
        <source>Annealing</source>
        <translation>Имитация отжига</translation>
    </message>
    <message>
        <source>Greedy tries every substitution each round; annealing a random sample</source>
        <translation>«Жадный» перебирает все замены в каждом раунде, «Имитация отжига» — случайную выборку</translation>
    </message>
    <message>
        <source>The same seed gives the same designs</source>
        <translation>Одно и то же зерно даёт одни и те же последовательности</translation>
    </message>
    <message>
        <source>Load Generator…</source>
        <translation>Загрузить генератор…</translation>
    </message>
    <message>
        <source>A LegNet-Generator bundle (.plm) for the diffusion methods</source>
        <translation>Пакет LegNet-Generator (.plm) для методов диффузии</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Шаги:</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Сдвиг:</translation>
    </message>
    <message>
        <source>Search rounds:</source>
        <translation>Раунды поиска:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <source>Longest allowed run of one base</source>
        <translation>Наибольшая допустимая длина повтора одного нуклеотида</translation>
    </message>
    <message>
        <source>e.g. GGTCTC, TTTTTT</source>
        <translation>напр. GGTCTC, TTTTTT</translation>
    </message>
    <message>
        <source>IUPAC patterns, comma separated, forbidden on both strands (flanks included)</source>
        <translation>Шаблоны IUPAC через запятую, запрещённые на обеих цепях (включая фланки)</translation>
    </message>
    <message>
        <source>Hamming distance every two designs must at least have</source>
        <translation>Наименьшее допустимое расстояние Хэмминга между любыми двумя последовательностями</translation>
    </message>
    <message>
        <source>a sequence file (optional)</source>
        <translation>файл последовательностей (необязательно)</translation>
    </message>
    <message>
        <source>Inserts that must not be produced, read from a FASTA or table file</source>
        <translation>Вставки, которые нельзя создавать, из файла FASTA или таблицы</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Sequences to Exclude</source>
        <translation>Исключаемые последовательности</translation>
    </message>
    <message>
        <source>Sequence files (*.fa *.fasta *.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Файлы последовательностей (*.fa *.fasta *.csv *.tsv *.txt *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Fixed sequence before the insert: the predictor scores flanks + insert</source>
        <translation>Фиксированная последовательность перед вставкой: предсказательная модель оценивает фланки + вставку</translation>
    </message>
    <message>
        <source>Fixed sequence after the insert</source>
        <translation>Фиксированная последовательность после вставки</translation>
    </message>
    <message>
        <source>GC content:</source>
        <translation>Содержание GC:</translation>
    </message>
    <message>
        <source>Max homopolymer:</source>
        <translation>Макс. гомополимер:</translation>
    </message>
    <message>
        <source>Forbidden motifs:</source>
        <translation>Запрещённые мотивы:</translation>
    </message>
    <message>
        <source>Enzyme sites:</source>
        <translation>Сайты рестрикции:</translation>
    </message>
    <message>
        <source>Min distance:</source>
        <translation>Мин. расстояние:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Исключить:</translation>
    </message>
    <message>
        <source>Left flank:</source>
        <translation>Левый фланк:</translation>
    </message>
    <message>
        <source>Right flank:</source>
        <translation>Правый фланк:</translation>
    </message>
    <message>
        <source>The generator could not be loaded</source>
        <translation>Не удалось загрузить генератор</translation>
    </message>
    <message>
        <source>No LegNet-Generator is bundled or loaded: load one with Load Generator…</source>
        <translation>Нет встроенного или загруженного LegNet-Generator: загрузите его кнопкой «Загрузить генератор…»</translation>
    </message>
    <message>
        <source>Generator: %1</source>
        <translation>Генератор: %1</translation>
    </message>
    <message>
        <source>Generator: the bundled one</source>
        <translation>Генератор: встроенный</translation>
    </message>
    <message>
        <source>No generator: only guided search is available</source>
        <translation>Нет генератора: доступен только направленный поиск</translation>
    </message>
    <message>
        <source>design constraints</source>
        <translation>ограничения дизайна</translation>
    </message>
    <message>
        <source>The designs could not be made</source>
        <translation>Не удалось спроектировать последовательности</translation>
    </message>
    <message>
        <source>No model is loaded to score the designs: open one with File → Open Model.</source>
        <translation>Нет модели для оценки последовательностей: откройте её через Файл → Открыть модель.</translation>
    </message>
    <message>
        <source>the bundled one</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>The diffusion methods need a LegNet-Generator: load one with Load Generator…, or choose Guided search.</source>
        <translation>Методам диффузии нужен LegNet-Generator: загрузите его кнопкой «Загрузить генератор…» или выберите «Направленный поиск».</translation>
    </message>
    <message numerus="yes">
        <source>Designing %n promoter(s)</source>
        <translation>
            <numerusform>Дизайн %n промотора</numerusform>
            <numerusform>Дизайн %n промоторов</numerusform>
            <numerusform>Дизайн %n промоторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n design(s) satisfy the constraints</source>
        <translation>
            <numerusform>%1 из %n последовательности удовлетворяют ограничениям</numerusform>
            <numerusform>%1 из %n последовательностей удовлетворяют ограничениям</numerusform>
            <numerusform>%1 из %n последовательностей удовлетворяют ограничениям</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose targets, a method and constraints, then Run: the designs are scored by the active model.</source>
        <translation>Выберите целевые значения, метод и ограничения, затем нажмите «Запустить»: последовательности оценит активная модель.</translation>
    </message>
    <message>
        <source>: target vs predicted Pearson r = %1, Spearman ρ = %2, mean absolute error %3, mean pairwise distance %4</source>
        <translation>: цель и предсказание — r Пирсона = %1, ρ Спирмена = %2, средняя абсолютная ошибка %3, среднее попарное расстояние %4</translation>
    </message>
    <message>
        <source>. Greyed designs break a constraint: they are not exported or added.</source>
        <translation>. Серые последовательности нарушают ограничения: они не экспортируются и не добавляются.</translation>
    </message>
    <message>
        <source>No design to add</source>
        <translation>Нечего добавить</translation>
    </message>
    <message>
        <source>The chosen designs break a constraint, so they are not added: choose designs marked ok.</source>
        <translation>Выбранные последовательности нарушают ограничения и поэтому не добавлены: выберите помеченные «ок».</translation>
    </message>
    <message>
        <source>Load Generator</source>
        <translation>Загрузить генератор</translation>
    </message>
    <message>
        <source>PromoterLab models (*.plm);;All files (*)</source>
        <translation>Модели PromoterLab (*.plm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Designs</source>
        <translation>Экспорт спроектированных последовательностей</translation>
    </message>
    <message>
        <source>designs.csv</source>
        <translation>designs.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Tab-separated (*.tsv)</source>
        <translation>CSV (*.csv);;С разделителем-табуляцией (*.tsv)</translation>
    </message>
    <message>
        <source>The designs could not be exported</source>
        <translation>Не удалось экспортировать последовательности</translation>
    </message>
    <message>
        <source>Export Designs as FASTA</source>
        <translation>Экспорт спроектированных последовательностей в FASTA</translation>
    </message>
    <message>
        <source>designs.fa</source>
        <translation>designs.fa</translation>
    </message>
    <message>
        <source>FASTA (*.fa *.fasta)</source>
        <translation>FASTA (*.fa *.fasta)</translation>
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
        <translation>Спроектированные</translation>
    </message>
    <message>
        <source>Breaking a constraint</source>
        <translation>Нарушают ограничения</translation>
    </message>
    <message>
        <source>Target expression</source>
        <translation>Целевая экспрессия</translation>
    </message>
    <message>
        <source>Predicted expression</source>
        <translation>Предсказанная экспрессия</translation>
    </message>
    <message>
        <source>No designs yet</source>
        <translation>Спроектированных последовательностей пока нет</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DesignService</name>
    <message>
        <source>No model is loaded to score the designs: open one with File → Open Model.</source>
        <translation>Нет модели для оценки последовательностей: откройте её через Файл → Открыть модель.</translation>
    </message>
    <message>
        <source>The diffusion methods need a LegNet-Generator: load one with Load Generator…, or choose Guided search.</source>
        <translation>Методам диффузии нужен LegNet-Generator: загрузите его кнопкой «Загрузить генератор…» или выберите «Направленный поиск».</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::DesignTableModel</name>
    <message>
        <source>Not exported and not added to the workspace: %1</source>
        <translation>Не экспортируется и не добавляется в рабочую область: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>Hamming distance to the nearest other design that satisfies the constraints</source>
        <translation>Расстояние Хэмминга до ближайшей другой последовательности, удовлетворяющей ограничениям</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставка</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Предсказано</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>GC %</source>
        <translation>GC, %</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Расстояние</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::JobsPanel</name>
    <message>
        <source>No jobs. Imports, predictions and training runs show their progress here.</source>
        <translation>Задач нет. Здесь отображается ход импорта, предсказаний и обучения.</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>О&amp;чистить завершённые</translation>
    </message>
    <message>
        <source>Remove the jobs that have ended from the list</source>
        <translation>Убрать завершённые задачи из списка</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
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
        <translation>Фильтр по имени</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Нет модели</translation>
    </message>
    <message>
        <source>Select a sequence to see its predicted bin distribution.</source>
        <translation>Выберите последовательность, чтобы увидеть предсказанное распределение по бинам.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Модель: %1</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Не удалось загрузить модель</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>Не удалось сохранить проект</translation>
    </message>
    <message>
        <source>%1

Your work stays in the window. Free some disk space, or save the project elsewhere with File → Save Project As.</source>
        <translation>%1

Ваша работа остаётся в окне. Освободите место на диске или сохраните проект в другом месте через Файл → Сохранить проект как.</translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation>Ошибка предсказания: %1</translation>
    </message>
    <message>
        <source>Cancelled; the sequences left are marked Waiting</source>
        <translation>Отменено; оставшиеся последовательности помечены как «Ожидает»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New &amp;Project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open Pro&amp;ject…</source>
        <translation>О&amp;ткрыть проект…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Recent Projec&amp;ts</source>
        <translation>Недавние п&amp;роекты</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <source>Every change is saved to %1 as you work</source>
        <translation>Каждое изменение сразу сохраняется в %1</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Open Sequences…</source>
        <translation>&amp;Открыть последовательности…</translation>
    </message>
    <message>
        <source>Add the sequences of FASTA, CSV, TSV or text files (gzip too) to the list</source>
        <translation>Добавить в список последовательности из файлов FASTA, CSV, TSV или текстовых файлов (в том числе сжатых gzip)</translation>
    </message>
    <message>
        <source>Open &amp;Recent Sequences</source>
        <translation>Недавние &amp;последовательности</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>Открыть &amp;модель…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Load a PromoterLab bundle, an official LegNet checkpoint or a TorchScript model</source>
        <translation>Загрузить пакет PromoterLab, официальную контрольную точку LegNet или модель TorchScript</translation>
    </message>
    <message>
        <source>Recent Mo&amp;dels</source>
        <translation>Недавние мод&amp;ели</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>&amp;Экспорт таблицы…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the sequences and their predictions to CSV, TSV or FASTA</source>
        <translation>Записать последовательности и их предсказания в CSV, TSV или FASTA</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New Sequence</source>
        <translation>&amp;Новая последовательность</translation>
    </message>
    <message>
        <source>&amp;Paste Sequences</source>
        <translation>&amp;Вставить последовательности</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>&amp;Фильтровать список</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>&amp;New Training Run…</source>
        <translation>&amp;Новый запуск обучения…</translation>
    </message>
    <message>
        <source>&amp;Previous Runs of This Project</source>
        <translation>&amp;Предыдущие запуски проекта</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About PromoterLab</source>
        <translation>&amp;О программе PromoterLab</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Дизайн</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Motifs</source>
        <translation>Мотивы</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>&amp;Mutagenesis Map</source>
        <translation>&amp;Карта мутагенеза</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Predict every single-base substitution of the sequence in the editor</source>
        <translation>Предсказать все однонуклеотидные замены последовательности в редакторе</translation>
    </message>
    <message>
        <source>Quick &amp;Estimate (Gradient × Input)</source>
        <translation>&amp;Быстрая оценка (градиент × вход)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Cancel the Map</source>
        <translation>&amp;Отменить расчёт карты</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Include the Model&apos;s &amp;Flank in Maps</source>
        <translation>Включать &amp;фланк модели в карты</translation>
    </message>
    <message>
        <source>Maps of the &amp;Selected Sequences…</source>
        <translation>Карты &amp;выбранных последовательностей…</translation>
    </message>
    <message>
        <source>Export the &amp;Heatmap as an Image…</source>
        <translation>Экспорт &amp;тепловой карты в изображение…</translation>
    </message>
    <message>
        <source>&amp;Variant Effects…</source>
        <translation>&amp;Эффекты вариантов…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Score a table of variants (reference and alternative sequences) with the model</source>
        <translation>Оценить моделью таблицу вариантов (референсные и альтернативные последовательности)</translation>
    </message>
    <message>
        <source>Variants &amp;Named by Position…</source>
        <translation>Варианты, заданные &amp;позицией…</translation>
    </message>
    <message>
        <source>M&amp;otif Scan</source>
        <translation>Поиск &amp;мотивов</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Transcription factor motifs (JASPAR) found in the sequence in the editor</source>
        <translation>Мотивы транскрипционных факторов (JASPAR), найденные в последовательности в редакторе</translation>
    </message>
    <message>
        <source>&amp;Design Promoters…</source>
        <translation>&amp;Дизайн промоторов…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Design new promoters toward a target expression, under constraints</source>
        <translation>Спроектировать новые промоторы под целевую экспрессию с учётом ограничений</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Обучение %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Training finished: the model is in File → Recent Models (%1)</source>
        <translation>Обучение завершено: модель находится в меню Файл → Недавние модели (%1)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Модель по умолчанию</translation>
    </message>
    <message>
        <source>Open Sequences</source>
        <translation>Открыть последовательности</translation>
    </message>
    <message>
        <source>Sequences (*.fa *.fasta *.fna *.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Последовательности (*.fa *.fasta *.fna *.csv *.tsv *.txt *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Открыть модель</translation>
    </message>
    <message>
        <source>Models (*.plm *.pth *.pt *.ckpt);;All files (*)</source>
        <translation>Модели (*.plm *.pth *.pt *.ckpt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV with the model&apos;s bin or class probabilities (*.csv)</source>
        <translation>CSV с вероятностями бинов или классов модели (*.csv)</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>TSV with the model&apos;s bin or class probabilities (*.tsv)</source>
        <translation>TSV с вероятностями бинов или классов модели (*.tsv)</translation>
    </message>
    <message>
        <source>FASTA (*.fa *.fasta)</source>
        <translation>FASTA (*.fa *.fasta)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>sequences.csv</source>
        <translation>sequences.csv</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Таблица записана в %1</translation>
    </message>
    <message>
        <source>The table could not be written</source>
        <translation>Не удалось записать таблицу</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>bin_distribution.png</source>
        <translation>bin_distribution.png</translation>
    </message>
    <message>
        <source>The plot could not be written</source>
        <translation>Не удалось записать график</translation>
    </message>
    <message>
        <source>Plot written to %1</source>
        <translation>График записан в %1</translation>
    </message>
    <message>
        <source>No project could be started</source>
        <translation>Не удалось начать проект</translation>
    </message>
    <message>
        <source>%1

Changes in this window will not be saved.</source>
        <translation>%1

Изменения в этом окне не будут сохранены.</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <source>The project could not be created</source>
        <translation>Не удалось создать проект</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Безымянный проект</translation>
    </message>
    <message>
        <source>%1 — PromoterLab</source>
        <translation>%1 — PromoterLab</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>PromoterLab projects (*.%1);;All files (*)</source>
        <translation>Проекты PromoterLab (*.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>promoters.%1</source>
        <translation>promoters.%1</translation>
    </message>
    <message>
        <source>PromoterLab projects (*.%1)</source>
        <translation>Проекты PromoterLab (*.%1)</translation>
    </message>
    <message>
        <source>Project saved as %1; changes are saved as you work</source>
        <translation>Проект сохранён как %1; изменения сохраняются по ходу работы</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>Модель: %1 (%2)</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Модель загружена</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Загрузка модели…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <source>Reading the pasted text</source>
        <translation>Чтение вставленного текста</translation>
    </message>
    <message>
        <source>Predicting the new sequences</source>
        <translation>Предсказание для новых последовательностей</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) added</source>
        <translation>
            <numerusform>Добавлена %n последовательность</numerusform>
            <numerusform>Добавлены %n последовательности</numerusform>
            <numerusform>Добавлено %n последовательностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) added from %1</source>
        <translation>
            <numerusform>Добавлена %n последовательность из %1</numerusform>
            <numerusform>Добавлены %n последовательности из %1</numerusform>
            <numerusform>Добавлено %n последовательностей из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequences could not be read</source>
        <translation>Не удалось прочитать последовательности</translation>
    </message>
    <message>
        <source>Cancelled; the sequences read before stay in the list</source>
        <translation>Отменено; прочитанные до этого последовательности остаются в списке</translation>
    </message>
    <message>
        <source>New sequence %1</source>
        <translation>Новая последовательность %1</translation>
    </message>
    <message>
        <source>no bases yet: type or paste them</source>
        <translation>нуклеотидов пока нет: введите или вставьте их</translation>
    </message>
    <message numerus="yes">
        <source>Predicting %n sequence(s)</source>
        <translation>
            <numerusform>Предсказание для %n последовательности</numerusform>
            <numerusform>Предсказание для %n последовательностей</numerusform>
            <numerusform>Предсказание для %n последовательностей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be predicted: %2</source>
        <translation>%1 — предсказание невозможно: %2</translation>
    </message>
    <message>
        <source>%1: predicted %2</source>
        <translation>%1: предсказано %2</translation>
    </message>
    <message>
        <source>%1: waiting for its prediction</source>
        <translation>%1: ожидает предсказания</translation>
    </message>
    <message>
        <source>The variants could not be scored</source>
        <translation>Не удалось оценить варианты</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s) added to the sequence list</source>
        <translation>
            <numerusform>%n спроектированная последовательность добавлена в список последовательностей</numerusform>
            <numerusform>%n спроектированные последовательности добавлены в список последовательностей</numerusform>
            <numerusform>%n спроектированных последовательностей добавлено в список последовательностей</numerusform>
        </translation>
    </message>
    <message>
        <source>The maps could not be computed</source>
        <translation>Не удалось рассчитать карты</translation>
    </message>
    <message>
        <source>No model is loaded: load one with File → Open Model.</source>
        <translation>Модель не загружена: загрузите её через Файл → Открыть модель.</translation>
    </message>
    <message>
        <source>Select the sequences to map in the list first.</source>
        <translation>Сначала выберите в списке последовательности для построения карт.</translation>
    </message>
    <message>
        <source>Write the Maps to</source>
        <translation>Записать карты в</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The map could not be exported</source>
        <translation>Не удалось экспортировать карту</translation>
    </message>
    <message>
        <source>There is no map to export: compute one with Analysis → Mutagenesis Map (Ctrl+M).</source>
        <translation>Нет карты для экспорта: рассчитайте её через Анализ → Карта мутагенеза (Ctrl+M).</translation>
    </message>
    <message>
        <source>Export the Map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Карта записана в %1</translation>
    </message>
    <message>
        <source>Export the Heatmap</source>
        <translation>Экспорт тепловой карты</translation>
    </message>
    <message>
        <source>The heatmap could not be exported</source>
        <translation>Не удалось экспортировать тепловую карту</translation>
    </message>
    <message>
        <source>&amp;Use the Default Model</source>
        <translation>Использовать модель по &amp;умолчанию</translation>
    </message>
    <message>
        <source>Export P&amp;lot…</source>
        <translation>Экспорт &amp;графика…</translation>
    </message>
    <message>
        <source>Re&amp;move Sequences</source>
        <translation>&amp;Удалить последовательности</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>Основная &amp;панель инструментов</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Добро пожаловать</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Дизайн</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Варианты</translation>
    </message>
    <message>
        <source>&amp;Motifs</source>
        <translation>&amp;Мотивы</translation>
    </message>
    <message>
        <source>Es&amp;timated Maps of the Selected Sequences…</source>
        <translation>Оце&amp;ночные карты выбранных последовательностей…</translation>
    </message>
    <message>
        <source>E&amp;xport the Map as CSV…</source>
        <translation>Экспорт карты в &amp;CSV…</translation>
    </message>
    <message>
        <source>Variants &amp;Panel</source>
        <translation>Панель в&amp;ариантов</translation>
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
        <translation>Поиск мотива (IUPAC, напр. TATAWAWR)</translation>
    </message>
    <message>
        <source>Searched on both strands. N matches any base, W = A or T, R = A or G, …</source>
        <translation>Поиск ведётся на обеих цепях. N — любой нуклеотид, W = A или T, R = A или G, …</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>нет совпадений</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es): %1 forward, %2 reverse</source>
        <translation>
            <numerusform>%n совпадение: %1 на прямой цепи, %2 на обратной</numerusform>
            <numerusform>%n совпадения: %1 на прямой цепи, %2 на обратной</numerusform>
            <numerusform>%n совпадений: %1 на прямой цепи, %2 на обратной</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MotifHitTableModel</name>
    <message>
        <source>Motif ID</source>
        <translation>ID мотива</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Цепь</translation>
    </message>
    <message>
        <source>Score (bits)</source>
        <translation>Оценка (бит)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-значение</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MotifPanel</name>
    <message>
        <source>Load MEME File…</source>
        <translation>Загрузить файл MEME…</translation>
    </message>
    <message>
        <source>Use JASPAR</source>
        <translation>Использовать JASPAR</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Scan with the motifs of a MEME v4 file, such as a JASPAR or HOCOMOCO export</source>
        <translation>Искать мотивы из файла MEME v4, например экспорта JASPAR или HOCOMOCO</translation>
    </message>
    <message>
        <source>Scan with the JASPAR 2024 fungal motifs shipped with PromoterLab again</source>
        <translation>Снова искать мотивы грибов из JASPAR 2024, поставляемые с PromoterLab</translation>
    </message>
    <message>
        <source>A window of the sequence is a hit when a random sequence scores as high with at most this probability</source>
        <translation>Окно последовательности считается совпадением, если случайная последовательность набирает такую же оценку с вероятностью не выше этой</translation>
    </message>
    <message>
        <source>p-value ≤</source>
        <translation>p-значение ≤</translation>
    </message>
    <message>
        <source>Filter motifs by name or ID</source>
        <translation>Фильтр мотивов по имени или ID</translation>
    </message>
    <message>
        <source>Show the hits of every motif in the list</source>
        <translation>Показать совпадения всех мотивов списка</translation>
    </message>
    <message>
        <source>Hide the hits of every motif in the list</source>
        <translation>Скрыть совпадения всех мотивов списка</translation>
    </message>
    <message>
        <source>Double-click a hit to select its bases in the editor</source>
        <translation>Дважды щёлкните совпадение, чтобы выделить его нуклеотиды в редакторе</translation>
    </message>
    <message>
        <source>The motif file could not be read</source>
        <translation>Не удалось прочитать файл мотивов</translation>
    </message>
    <message>
        <source>The shipped motifs could not be read</source>
        <translation>Не удалось прочитать поставляемые мотивы</translation>
    </message>
    <message>
        <source>Load MEME File</source>
        <translation>Загрузить файл MEME</translation>
    </message>
    <message>
        <source>MEME motif files (*.meme *.txt *.meme.gz *.txt.gz);;All files (*)</source>
        <translation>Файлы мотивов MEME (*.meme *.txt *.meme.gz *.txt.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Motif Hits</source>
        <translation>Экспорт совпадений мотивов</translation>
    </message>
    <message>
        <source>motif_hits.csv</source>
        <translation>motif_hits.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The motif hits could not be exported</source>
        <translation>Не удалось экспортировать совпадения мотивов</translation>
    </message>
    <message numerus="yes">
        <source>JASPAR 2024 CORE fungi (CC BY 4.0), %n motif(s)</source>
        <translation>
            <numerusform>JASPAR 2024 CORE fungi (CC BY 4.0), %n мотив</numerusform>
            <numerusform>JASPAR 2024 CORE fungi (CC BY 4.0), %n мотива</numerusform>
            <numerusform>JASPAR 2024 CORE fungi (CC BY 4.0), %n мотивов</numerusform>
        </translation>
    </message>
    <message>
        <source>Rauluseviciute I, et al. JASPAR 2024: 20th anniversary of the open-access database of transcription factor binding profiles. Nucleic Acids Research 52(D1), D174–D182 (2024).</source>
        <translation>Rauluseviciute I, et al. JASPAR 2024: 20th anniversary of the open-access database of transcription factor binding profiles. Nucleic Acids Research 52(D1), D174–D182 (2024).</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n motif(s)</source>
        <translation>
            <numerusform>%1, %n мотив</numerusform>
            <numerusform>%1, %n мотива</numerusform>
            <numerusform>%1, %n мотивов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The motifs could not be prepared for scanning</source>
        <translation>Не удалось подготовить мотивы к поиску</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n motif(s) for scanning…</source>
        <translation>
            <numerusform>Подготовка %n мотива к поиску…</numerusform>
            <numerusform>Подготовка %n мотивов к поиску…</numerusform>
            <numerusform>Подготовка %n мотивов к поиску…</numerusform>
        </translation>
    </message>
    <message>
        <source>No sequence to scan.</source>
        <translation>Нет последовательности для поиска.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hit(s) shown (p ≤ %2)</source>
        <translation>
            <numerusform>Показано %1 из %n совпадения (p ≤ %2)</numerusform>
            <numerusform>Показано %1 из %n совпадений (p ≤ %2)</numerusform>
            <numerusform>Показано %1 из %n совпадений (p ≤ %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MotifTrack</name>
    <message>
        <source>Motif hits</source>
        <translation>Совпадения мотивов</translation>
    </message>
    <message>
        <source>motif_hits.png</source>
        <translation>motif_hits.png</translation>
    </message>
    <message>
        <source>Not drawn for lack of room:
%1</source>
        <translation>Не отрисовано из-за нехватки места:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)
Strand %3
Positions %4–%5
Score %6 bits
p-value %7</source>
        <translation>%1 (%2)
Цепь %3
Позиции %4–%5
Оценка %6 бит
p-значение %7</translation>
    </message>
    <message>
        <source>Motifs</source>
        <translation>Мотивы</translation>
    </message>
    <message>
        <source>No motif hits</source>
        <translation>Нет совпадений мотивов</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
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
        <translation>Оценка «градиент × вход»</translation>
    </message>
    <message>
        <source>No mutagenesis map: Analysis → Mutagenesis Map (Ctrl+M)</source>
        <translation>Нет карты мутагенеза: Анализ → Карта мутагенеза (Ctrl+M)</translation>
    </message>
    <message>
        <source>Δ estimate</source>
        <translation>Оценка Δ</translation>
    </message>
    <message>
        <source>Δ expression</source>
        <translation>Δ экспрессии</translation>
    </message>
    <message>
        <source>5′ flank −%1</source>
        <translation>5′-фланк −%1</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Позиция %1</translation>
    </message>
    <message>
        <source>%1: %2 (reference)
Predicted expression %3</source>
        <translation>%1: %2 (референс)
Предсказанная экспрессия %3</translation>
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
Δ экспрессии %2 (оценка)
Экспрессия %3 (оценка)</translation>
    </message>
    <message>
        <source>%1
Δ expression %2
Predicted expression %3</source>
        <translation>%1
Δ экспрессии %2
Предсказанная экспрессия %3</translation>
    </message>
    <message>
        <source>Save Heatmap As…</source>
        <translation>Сохранить тепловую карту как…</translation>
    </message>
    <message>
        <source>Save Heatmap As</source>
        <translation>Сохранить тепловую карту как</translation>
    </message>
    <message>
        <source>mutagenesis_heatmap.png</source>
        <translation>mutagenesis_heatmap.png</translation>
    </message>
    <message>
        <source>The heatmap could not be written</source>
        <translation>Не удалось записать тепловую карту</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::MutagenesisService</name>
    <message>
        <source>No model is loaded.</source>
        <translation>Модель не загружена.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::PredictionService</name>
    <message>
        <source>No model is loaded.</source>
        <translation>Модель не загружена.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language applies when PromoterLab starts again.</source>
        <translation>Новый язык будет применён при следующем запуске PromoterLab.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::RejectedRecordsDialog</name>
    <message>
        <source>Records left out</source>
        <translation>Пропущенные записи</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy every listed record as tab-separated text</source>
        <translation>Скопировать все перечисленные записи как текст с разделителями-табуляциями</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Save the listed records as a TSV file</source>
        <translation>Сохранить перечисленные записи в файл TSV</translation>
    </message>
    <message>
        <source>%L1 of %L2 records in %3 were left out.</source>
        <translation>Пропущено записей в %3: %L1 из %L2.</translation>
    </message>
    <message>
        <source>… and %L1 more not listed.</source>
        <translation>… и ещё %L1, не показанных в списке.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>left-out.tsv</source>
        <translation>left-out.tsv</translation>
    </message>
    <message>
        <source>%1-left-out.tsv</source>
        <translation>%1-left-out.tsv</translation>
    </message>
    <message>
        <source>Save the records left out</source>
        <translation>Сохранить пропущенные записи</translation>
    </message>
    <message>
        <source>Tab-separated values (*.tsv);;All files (*)</source>
        <translation>Значения, разделённые табуляцией (*.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The list could not be saved</source>
        <translation>Не удалось сохранить список</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceEditor</name>
    <message>
        <source>The pasted text has U, as RNA does: write T for U. Nothing was pasted.</source>
        <translation>Вставленный текст содержит U, как в РНК: используйте T вместо U. Ничего не вставлено.</translation>
    </message>
    <message>
        <source>The pasted text has &apos;%1&apos;, which is not a nucleotide (allowed: A, C, G, T and IUPAC codes). Nothing was pasted.</source>
        <translation>Вставленный текст содержит «%1» — это не нуклеотид (допустимы A, C, G, T и коды IUPAC). Ничего не вставлено.</translation>
    </message>
    <message>
        <source>The pasted text holds %1 FASTA records: paste one sequence at a time.</source>
        <translation>Вставленный текст содержит несколько записей FASTA (%1): вставляйте по одной последовательности.</translation>
    </message>
    <message>
        <source>The pasted text holds no bases.</source>
        <translation>Вставленный текст не содержит нуклеотидов.</translation>
    </message>
    <message>
        <source>Sequence editor</source>
        <translation>Редактор последовательности</translation>
    </message>
    <message>
        <source>Position %1 is outside the sequence (1–%2): nothing was substituted.</source>
        <translation>Позиция %1 вне последовательности (1–%2): замена не выполнена.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be substituted: use A, C, G, T or N.</source>
        <translation>«%1» нельзя подставить: используйте A, C, G, T или N.</translation>
    </message>
    <message>
        <source>Substitute %1%2%3</source>
        <translation>замена %1%2%3</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>вырезание</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>вставка</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>ввод</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>The sequence is read-only.</source>
        <translation>Последовательность доступна только для чтения.</translation>
    </message>
    <message>
        <source>5′ flank, %1 nt before position 1: %2</source>
        <translation>5′-фланк, %1 нт перед позицией 1: %2</translation>
    </message>
    <message>
        <source>3′ flank, %1 nt after the sequence: %2</source>
        <translation>3′-фланк, %1 нт после последовательности: %2</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Позиция %1: %2</translation>
    </message>
    <message>
        <source>Position %1: &apos;%2&apos; is not a nucleotide</source>
        <translation>Позиция %1: «%2» — не нуклеотид</translation>
    </message>
    <message>
        <source>Motif at %1 on the reverse strand</source>
        <translation>Мотив в позиции %1 на обратной цепи</translation>
    </message>
    <message>
        <source>Motif at %1 on the forward strand</source>
        <translation>Мотив в позиции %1 на прямой цепи</translation>
    </message>
    <message>
        <source>5′ flank</source>
        <translation>5′-фланк</translation>
    </message>
    <message>
        <source>3′ flank</source>
        <translation>3′-фланк</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be typed here: type A, C, G, T or N (paste to enter other IUPAC codes).</source>
        <translation>«%1» здесь ввести нельзя: вводите A, C, G, T или N (другие коды IUPAC можно вставить).</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceLogoTrack</name>
    <message>
        <source>Sequence logo</source>
        <translation>Лого последовательности</translation>
    </message>
    <message>
        <source>sequence_logo.png</source>
        <translation>sequence_logo.png</translation>
    </message>
    <message>
        <source>Importance (estimate)</source>
        <translation>Важность (оценка)</translation>
    </message>
    <message>
        <source>Importance (−mean Δ)</source>
        <translation>Важность (−среднее Δ)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>5′ flank −%1: %2
Importance %3</source>
        <translation>5′-фланк −%1: %2
Важность %3</translation>
    </message>
    <message>
        <source>Position %1: %2
Importance %3</source>
        <translation>Позиция %1: %2
Важность %3</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Предсказано</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Измерено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cannot predict</source>
        <translation>Нельзя предсказать</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::SequenceWorkbench</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Quick Estimate</source>
        <translation>Быстрая оценка</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Predict every single-base substitution of the sequence (Ctrl+M)</source>
        <translation>Предсказать все однонуклеотидные замены последовательности (Ctrl+M)</translation>
    </message>
    <message>
        <source>A gradient × input estimate of the map: instant, but a first-order preview, not predictions</source>
        <translation>Оценка карты методом «градиент × вход»: мгновенно, но это приближение первого порядка, а не предсказания</translation>
    </message>
    <message>
        <source>Stop computing the map</source>
        <translation>Остановить расчёт карты</translation>
    </message>
    <message>
        <source>Computing the map… %1 of %2 substitutions</source>
        <translation>Расчёт карты… замен: %1 из %2</translation>
    </message>
    <message>
        <source>Map cancelled. %1</source>
        <translation>Расчёт карты отменён. %1</translation>
    </message>
    <message>
        <source>No map: %1</source>
        <translation>Нет карты: %1</translation>
    </message>
    <message>
        <source>The mutagenesis map could not be computed</source>
        <translation>Не удалось рассчитать карту мутагенеза</translation>
    </message>
    <message>
        <source>No model is loaded: load one with File → Open Model.</source>
        <translation>Модель не загружена: загрузите её через Файл → Открыть модель.</translation>
    </message>
    <message>
        <source>The sequence is empty: select a sequence or type its bases.</source>
        <translation>Последовательность пуста: выберите последовательность или введите её нуклеотиды.</translation>
    </message>
    <message>
        <source>Estimating the map…</source>
        <translation>Оценка карты…</translation>
    </message>
    <message>
        <source>Computing the map…</source>
        <translation>Расчёт карты…</translation>
    </message>
    <message>
        <source>No map yet: Map predicts every substitution (Ctrl+M).</source>
        <translation>Карты пока нет: «Карта» предсказывает все замены (Ctrl+M).</translation>
    </message>
    <message>
        <source>Gradient × input estimate, a first-order preview (not predictions)</source>
        <translation>Оценка «градиент × вход», приближение первого порядка (не предсказания)</translation>
    </message>
    <message>
        <source>Every substitution predicted</source>
        <translation>Предсказаны все замены</translation>
    </message>
    <message>
        <source>reference expression %1</source>
        <translation>экспрессия референса %1</translation>
    </message>
    <message>
        <source>%1 for an earlier version of the sequence; %2</source>
        <translation>%1 для более ранней версии последовательности; %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>There is no map to export: compute one with Analysis → Mutagenesis Map.</source>
        <translation>Нет карты для экспорта: рассчитайте её через Анализ → Карта мутагенеза.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::TrainingCurvesPlot</name>
    <message>
        <source>training_curves.png</source>
        <translation>training_curves.png</translation>
    </message>
    <message>
        <source>Training loss (batch)</source>
        <translation>Потери (обучение, батч)</translation>
    </message>
    <message>
        <source>Training loss (epoch)</source>
        <translation>Потери (обучение, эпоха)</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Потери (валидация)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Эпоха</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Validation Pearson r</source>
        <translation>r Пирсона (валидация)</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::TrainingPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Train a new model in the output folder</source>
        <translation>Обучить новую модель в выходной папке</translation>
    </message>
    <message>
        <source>Stop within one batch; the last finished epoch&apos;s checkpoint is kept</source>
        <translation>Остановить в пределах одного батча; контрольная точка последней завершённой эпохи сохраняется</translation>
    </message>
    <message>
        <source>Continue the output folder&apos;s stopped run from its checkpoint</source>
        <translation>Продолжить остановленный запуск в выходной папке с его контрольной точки</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Эпоха</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Потери (обучение)</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Потери (валидация)</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>r Пирсона</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>ρ Спирмена</translation>
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
        <translation>Примеров/с</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>Choose the data and settings, then Start.</source>
        <translation>Выберите данные и настройки, затем нажмите «Запустить».</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Sequences of this project with measured values</source>
        <translation>Последовательности проекта с измеренными значениями</translation>
    </message>
    <message>
        <source>table, FASTA or text with measured values</source>
        <translation>таблица, FASTA или текст с измеренными значениями</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>One sequence in ten (by sequence hash)</source>
        <translation>Каждая десятая последовательность (по хешу последовательности)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Валидация:</translation>
    </message>
    <message>
        <source>Expression bins (LegNet, soft labels)</source>
        <translation>Бины экспрессии (LegNet, мягкие метки)</translation>
    </message>
    <message>
        <source>Regression (one value)</source>
        <translation>Регрессия (одно значение)</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>Бинарная классификация</translation>
    </message>
    <message>
        <source>Multi-label classification</source>
        <translation>Многометочная классификация</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Тип задачи:</translation>
    </message>
    <message>
        <source>class names, separated by commas</source>
        <translation>названия классов через запятую</translation>
    </message>
    <message>
        <source>Binary: the one class; multi-label: the table columns holding each class&apos;s 0/1 label</source>
        <translation>Бинарная: один класс; многометочная: столбцы таблицы с метками 0/1 для каждого класса</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Классы:</translation>
    </message>
    <message>
        <source>Full optimized LegNet</source>
        <translation>Полная оптимизированная LegNet</translation>
    </message>
    <message>
        <source>Compact LegNet (for CPU)</source>
        <translation>Компактная LegNet (для CPU)</translation>
    </message>
    <message>
        <source>Full: block sizes 256, 128, 128, 64, 64, 64, 64 (2.1 million parameters). Compact: 64, 32, 32, 32, 16, 16, 16.</source>
        <translation>Полная: размеры блоков 256, 128, 128, 64, 64, 64, 64 (2,1 млн параметров). Компактная: 64, 32, 32, 32, 16, 16, 16.</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>Загрузить конфигурацию…</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Архитектура:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Автоматически (GPU, если доступен)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Устройство:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Эпохи:</translation>
    </message>
    <message>
        <source>one pass over the data</source>
        <translation>один проход по данным</translation>
    </message>
    <message>
        <source>Batches per epoch:</source>
        <translation>Батчей за эпоху:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Размер батча:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Выходная папка:</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Данные для обучения</translation>
    </message>
    <message>
        <source>Sequences with measured values (*.csv *.tsv *.txt *.fa *.fasta *.gz);;All files (*)</source>
        <translation>Последовательности с измеренными значениями (*.csv *.tsv *.txt *.fa *.fasta *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Training configuration</source>
        <translation>Конфигурация обучения</translation>
    </message>
    <message>
        <source>Training configuration (*.json);;All files (*)</source>
        <translation>Конфигурация обучения (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Выходная папка</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>Не удаётся открыть %1 (%2).</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Из %1</translation>
    </message>
    <message>
        <source>Loaded the training configuration %1.</source>
        <translation>Загружена конфигурация обучения %1.</translation>
    </message>
    <message>
        <source>Validation AUROC</source>
        <translation>AUROC (валидация)</translation>
    </message>
    <message>
        <source>Validation Pearson r</source>
        <translation>r Пирсона (валидация)</translation>
    </message>
    <message>
        <source>Sequences of this project with measured values (%L1)</source>
        <translation>Последовательности проекта с измеренными значениями (%L1)</translation>
    </message>
    <message>
        <source>No sequence of this project has a measured value; import a table with a measured column first</source>
        <translation>Ни у одной последовательности проекта нет измеренного значения; сначала импортируйте таблицу со столбцом измерений</translation>
    </message>
    <message>
        <source>Choose a data file with sequences and measured values, or this project&apos;s sequences.</source>
        <translation>Выберите файл данных с последовательностями и измеренными значениями или последовательности этого проекта.</translation>
    </message>
    <message>
        <source>%1 does not exist; choose another data file.</source>
        <translation>%1 не существует; выберите другой файл данных.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>Не удаётся прочитать %1; проверьте права доступа.</translation>
    </message>
    <message>
        <source>This project has no sequences with measured values; choose a data file.</source>
        <translation>В этом проекте нет последовательностей с измеренными значениями; выберите файл данных.</translation>
    </message>
    <message>
        <source>Binary classification needs exactly one class name.</source>
        <translation>Для бинарной классификации нужно ровно одно название класса.</translation>
    </message>
    <message>
        <source>Multi-label classification needs the class names (the table&apos;s label columns).</source>
        <translation>Для многометочной классификации нужны названия классов (столбцы меток в таблице).</translation>
    </message>
    <message>
        <source>Choose an output folder for the trained model.</source>
        <translation>Выберите выходную папку для обученной модели.</translation>
    </message>
    <message>
        <source>%1 already holds a run; choose another output folder, or Resume it.</source>
        <translation>В %1 уже есть запуск; выберите другую выходную папку или нажмите «Продолжить».</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
    <message>
        <source>Choose the data file the run was started with, then Resume.</source>
        <translation>Выберите файл данных, с которым был начат запуск, затем нажмите «Продолжить».</translation>
    </message>
    <message>
        <source>project sequences</source>
        <translation>последовательности проекта</translation>
    </message>
    <message>
        <source>Reading the data to resume the run…</source>
        <translation>Чтение данных для продолжения запуска…</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Чтение данных…</translation>
    </message>
    <message>
        <source>%L1 training rows, %L2 validation rows</source>
        <translation>Строк для обучения: %L1, для валидации: %L2</translation>
    </message>
    <message>
        <source>%L1 rejected</source>
        <translation>отброшено: %L1</translation>
    </message>
    <message>
        <source>%1; training on %2…</source>
        <translation>%1; обучение на %2…</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Отброшенные строки:</translation>
    </message>
    <message>
        <source>Epoch %1/%2, batch %3/%4</source>
        <translation>Эпоха %1/%2, батч %3/%4</translation>
    </message>
    <message>
        <source>%L1 samples/s</source>
        <translation>%L1 примеров/с</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>осталось около %1</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epoch(s) in %1.</source>
        <translation>
            <numerusform>%n эпоха завершена за %1.</numerusform>
            <numerusform>%n эпохи завершены за %1.</numerusform>
            <numerusform>%n эпох завершено за %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed after epoch %1.</source>
        <translation>Продолжено после эпохи %1.</translation>
    </message>
    <message>
        <source>The model was saved to %1.</source>
        <translation>Модель сохранена в %1.</translation>
    </message>
    <message>
        <source>Cancelled before the first epoch ended; nothing was kept.</source>
        <translation>Отменено до завершения первой эпохи; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Cancelled. The checkpoint after epoch %1 is kept: Resume continues from it.</source>
        <translation>Отменено. Контрольная точка после эпохи %1 сохранена: «Продолжить» продолжит с неё.</translation>
    </message>
    <message>
        <source>Cancelled. The last checkpoint is kept: Resume continues from it.</source>
        <translation>Отменено. Последняя контрольная точка сохранена: «Продолжить» продолжит с неё.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Обучение завершилось с ошибкой.</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::UserGuideWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Домой</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>%1 — PromoterLab Help</source>
        <translation>%1 — справка PromoterLab</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::VariantService</name>
    <message>
        <source>No model is loaded: open one with File → Open Model before scoring variants.</source>
        <translation>Модель не загружена: откройте её через Файл → Открыть модель, прежде чем оценивать варианты.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1: файл пуст</translation>
    </message>
    <message>
        <source>%1: no tab, comma or semicolon in the first line: a variant table needs a header row naming its columns</source>
        <translation>%1: в первой строке нет табуляции, запятой или точки с запятой: таблице вариантов нужна строка заголовка с названиями столбцов</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::VariantTableModel</name>
    <message>
        <source>Predicted expression of the alternative minus that of the reference</source>
        <translation>Предсказанная экспрессия альтернативы минус экспрессия референса</translation>
    </message>
    <message>
        <source>Measured alternative minus measured reference, as the file gives it</source>
        <translation>Измеренная альтернатива минус измеренный референс, как указано в файле</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation>Замены</translation>
    </message>
    <message>
        <source>Predicted ref</source>
        <translation>Реф. (предск.)</translation>
    </message>
    <message>
        <source>Predicted alt</source>
        <translation>Альт. (предск.)</translation>
    </message>
    <message>
        <source>Predicted Δ</source>
        <translation>Предсказанное Δ</translation>
    </message>
    <message>
        <source>Measured Δ</source>
        <translation>Измеренное Δ</translation>
    </message>
    <message>
        <source>Measured ref</source>
        <translation>Реф. (измер.)</translation>
    </message>
    <message>
        <source>Measured alt</source>
        <translation>Альт. (измер.)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::VariantsPanel</name>
    <message>
        <source>(automatic)</source>
        <translation>(автоматически)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(выберите столбец)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>Import Variant Pairs…</source>
        <translation>Импорт пар вариантов…</translation>
    </message>
    <message>
        <source>Import Variant Rows…</source>
        <translation>Импорт строк вариантов…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>A CSV or TSV table with one reference and one alternative sequence a row</source>
        <translation>Таблица CSV или TSV, в каждой строке которой одна референсная и одна альтернативная последовательность</translation>
    </message>
    <message>
        <source>A CSV or TSV table of (sequence name, position, ref, alt) rows applied to this project&apos;s sequences</source>
        <translation>Таблица CSV или TSV со строками (имя последовательности, позиция, реф., альт.), применяемыми к последовательностям этого проекта</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>No model is loaded: open one with File → Open Model before scoring variants.</source>
        <translation>Модель не загружена: откройте её через Файл → Открыть модель, прежде чем оценивать варианты.</translation>
    </message>
    <message>
        <source>Variant rows name sequences of the project, and it has none yet: add the sequences first, or import the variants as pairs of sequences.</source>
        <translation>Строки вариантов ссылаются на последовательности проекта, а в нём их пока нет: сначала добавьте последовательности или импортируйте варианты как пары последовательностей.</translation>
    </message>
    <message>
        <source>Scoring variants in %1</source>
        <translation>Оценка вариантов в %1</translation>
    </message>
    <message>
        <source>Columns of the Variant Rows</source>
        <translation>Столбцы строк вариантов</translation>
    </message>
    <message>
        <source>Columns of the Variant Pairs</source>
        <translation>Столбцы пар вариантов</translation>
    </message>
    <message>
        <source>Sequence name:</source>
        <translation>Имя последовательности:</translation>
    </message>
    <message>
        <source>Position (1-based):</source>
        <translation>Позиция (с 1):</translation>
    </message>
    <message>
        <source>Reference bases:</source>
        <translation>Референсные нуклеотиды:</translation>
    </message>
    <message>
        <source>Alternative bases:</source>
        <translation>Альтернативные нуклеотиды:</translation>
    </message>
    <message>
        <source>Reference sequence:</source>
        <translation>Референсная последовательность:</translation>
    </message>
    <message>
        <source>Alternative sequence:</source>
        <translation>Альтернативная последовательность:</translation>
    </message>
    <message>
        <source>Variant name:</source>
        <translation>Имя варианта:</translation>
    </message>
    <message>
        <source>Measured Δ (alt − ref):</source>
        <translation>Измеренное Δ (альт. − реф.):</translation>
    </message>
    <message>
        <source>Measured reference:</source>
        <translation>Измеренный референс:</translation>
    </message>
    <message>
        <source>Measured alternative:</source>
        <translation>Измеренная альтернатива:</translation>
    </message>
    <message>
        <source>Without a measured Δ column, measured reference and alternative values give the measured Δ as their difference.</source>
        <translation>Если нет столбца измеренного Δ, оно вычисляется как разность измеренных значений альтернативы и референса.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценить</translation>
    </message>
    <message>
        <source>Columns of %1:</source>
        <translation>Столбцы %1:</translation>
    </message>
    <message>
        <source>Import Variant Rows</source>
        <translation>Импорт строк вариантов</translation>
    </message>
    <message>
        <source>Import Variant Pairs</source>
        <translation>Импорт пар вариантов</translation>
    </message>
    <message>
        <source>Variant tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz);;All files (*)</source>
        <translation>Таблицы вариантов (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Variant Effects</source>
        <translation>Экспорт эффектов вариантов</translation>
    </message>
    <message>
        <source>variant_effects.csv</source>
        <translation>variant_effects.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Tab-separated (*.tsv)</source>
        <translation>CSV (*.csv);;С разделителем-табуляцией (*.tsv)</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) scored</source>
        <translation>
            <numerusform>Оценён %n вариант</numerusform>
            <numerusform>Оценены %n варианта</numerusform>
            <numerusform>Оценено %n вариантов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no variant could be scored; the skipped rows say why.</source>
        <translation>%1: не удалось оценить ни один вариант; причины указаны в пропущенных строках.</translation>
    </message>
    <message>
        <source>Import a table of variants to predict their effects with the active model.</source>
        <translation>Импортируйте таблицу вариантов, чтобы предсказать их эффекты активной моделью.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n variant(s) scored</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: оценён %n вариант</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: оценены %n варианта</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: оценено %n вариантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) skipped</source>
        <translation>
            <numerusform>, пропущена %n строка</numerusform>
            <numerusform>, пропущены %n строки</numerusform>
            <numerusform>, пропущено %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>No measured deltas: choose a measured Δ column, or measured reference and alternative columns, when importing to compare predictions with the assay.</source>
        <translation>Нет измеренных Δ: при импорте выберите столбец измеренного Δ или столбцы измеренных референса и альтернативы, чтобы сравнить предсказания с данными эксперимента.</translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation>Замены</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>r Пирсона</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>ρ Спирмена</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>promoterlab::widgets::WelcomeDialog</name>
    <message>
        <source>Show this at start</source>
        <translation>Показывать при запуске</translation>
    </message>
    <message>
        <source>Welcome to PromoterLab</source>
        <translation>Добро пожаловать в PromoterLab</translation>
    </message>
    <message>
        <source>&lt;p&gt;PromoterLab predicts how strongly promoter sequences drive gene expression, with deep-learning models such as LegNet.&lt;/p&gt;&lt;p&gt;The list holds the project&apos;s sequences with their predicted and measured expression. Beside it, the plot shows the predicted distribution over expression bins of the selected sequence; below, you can edit its bases and watch the prediction follow. Every change is saved as you work.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PromoterLab предсказывает, насколько сильно промоторные последовательности обеспечивают экспрессию генов, с помощью моделей глубокого обучения, таких как LegNet.&lt;/p&gt;&lt;p&gt;В списке — последовательности проекта с предсказанной и измеренной экспрессией. Рядом график показывает предсказанное распределение выбранной последовательности по бинам экспрессии; ниже можно редактировать её нуклеотиды и сразу видеть, как меняется предсказание. Каждое изменение сразу сохраняется.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open your sequences…</source>
        <translation>Открыть свои последовательности…</translation>
    </message>
    <message>
        <source>FASTA, CSV, TSV or plain text, gzip too</source>
        <translation>FASTA, CSV, TSV или обычный текст, в том числе сжатые gzip</translation>
    </message>
    <message>
        <source>Mutagenesis map of the selected sequence</source>
        <translation>Карта мутагенеза выбранной последовательности</translation>
    </message>
    <message>
        <source>Every single-base change, predicted, as a heatmap</source>
        <translation>Предсказание для каждой однонуклеотидной замены в виде тепловой карты</translation>
    </message>
    <message>
        <source>Variant effects</source>
        <translation>Эффекты вариантов</translation>
    </message>
    <message>
        <source>Score a table of reference and alternative sequences</source>
        <translation>Оценить таблицу референсных и альтернативных последовательностей</translation>
    </message>
    <message>
        <source>Motif scan</source>
        <translation>Поиск мотивов</translation>
    </message>
    <message>
        <source>Transcription factor motifs (JASPAR) in the selected sequence</source>
        <translation>Мотивы транскрипционных факторов (JASPAR) в выбранной последовательности</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Обучить модель</translation>
    </message>
    <message>
        <source>On the project&apos;s measured sequences, with live curves</source>
        <translation>На измеренных последовательностях проекта, с кривыми обучения в реальном времени</translation>
    </message>
    <message>
        <source>Design promoters</source>
        <translation>Дизайн промоторов</translation>
    </message>
    <message>
        <source>New sequences toward a target expression, under constraints</source>
        <translation>Новые последовательности под целевую экспрессию с учётом ограничений</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>How each part of PromoterLab works</source>
        <translation>Как устроена каждая часть PromoterLab</translation>
    </message>
</context>
</TS>
