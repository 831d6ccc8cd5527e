// SPDX-License-Identifier: GPL-3.0-or-later
// The Design dock: targets, method and constraints for new promoters, run in the background
// with the active model, the designs in a table and a target-vs-predicted scatter, exported
// for oligo ordering or added to the workspace.
#pragma once

#include "promoterlab/promoter_design.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace promoterlab {
class Model;
}

namespace promoterlab::widgets {

class DesignScatterPlot;
class DesignService;
class DesignTableModel;

class DesignPanel : public QWidget {
    Q_OBJECT

public:
    // The active model (null when none is loaded), asked for when a run starts.
    using ModelProvider = std::function<std::shared_ptr<const Model>()>;

    // Looks for the bundled generator; the diffusion methods stay disabled without one.
    explicit DesignPanel(QWidget* parent = nullptr);
    ~DesignPanel() override;

    void setModelProvider(ModelProvider provider);
    // Loads a LegNet-Generator bundle for the diffusion methods; false after problem() when the
    // file cannot be loaded or is not a generator.
    bool loadGenerator(const QString& path);
    // Uses a loaded generator (null: none, the diffusion methods are disabled).
    void setGenerator(std::shared_ptr<const Model> generator, const QString& name);
    // The generator used when none is loaded; empty when none is shipped.
    void setBundledGeneratorPath(const QString& path);
    bool hasGenerator() const;

    // The targets the settings ask for: one per design, each target repeated count times.
    std::vector<double> targets() const;
    // The constraints as set (flanks included); throws InputError naming what is wrong.
    DesignConstraints constraints() const;

    // Checks the settings and starts a run with the active model. Returns the job, or 0 when it
    // cannot start: the reason is then shown in the panel and sent through problem().
    std::uint64_t run();
    bool isRunning() const { return m_job != 0; }

    // Shows designs made under the constraints (their flanks go into the exports).
    void showDesigns(std::vector<Design> designs, const DesignConstraints& constraints);
    const std::vector<Design>& designs() const;

    // The designs that satisfy the constraints, in request order, as the CLI writes them:
    // name, sequence (with flanks), insert, target, predicted, error, gc, nearest_distance. CSV,
    // or TSV for .tsv and .txt. Returns an empty string on success, else the reason naming the file.
    QString exportCsv(const QString& path) const;
    // The designs that satisfy the constraints as FASTA, with or without the flanks.
    QString exportFasta(const QString& path, bool withFlanks) const;
    // Emits designsChosen for the selected designs that satisfy the constraints (every such
    // design when none is selected); false after problem() when there is none.
    bool addChosenToWorkspace();

    // n, Pearson, Spearman, mean absolute error and diversity of the last designs.
    QString summaryText() const;
    // Why the settings cannot run (empty when they can).
    QString validationText() const;
    // Which generator the diffusion methods use, as the panel shows it.
    QString generatorText() const;

    DesignTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_view; }
    DesignScatterPlot* scatterPlot() const { return m_scatter; }
    DesignService* service() const { return m_service; }
    QDoubleSpinBox* targetBox() const { return m_target; }
    QRadioButton* rangeButton() const { return m_range; }
    QDoubleSpinBox* rangeFromBox() const { return m_from; }
    QDoubleSpinBox* rangeToBox() const { return m_to; }
    QDoubleSpinBox* rangeStepBox() const { return m_step; }
    QSpinBox* countBox() const { return m_count; }
    QComboBox* methodBox() const { return m_method; }
    QSpinBox* stepsBox() const { return m_steps; }
    QSpinBox* roundsBox() const { return m_rounds; }
    QDoubleSpinBox* gcMinBox() const { return m_gcMin; }
    QDoubleSpinBox* gcMaxBox() const { return m_gcMax; }
    QSpinBox* maxHomopolymerBox() const { return m_maxHomopolymer; }
    QLineEdit* forbiddenMotifsEdit() const { return m_motifs; }
    // The preset's check box (by name, e.g. "BsaI"), or null.
    QCheckBox* presetBox(const QString& name) const;
    QSpinBox* minDistanceBox() const { return m_minDistance; }
    QLineEdit* excludeEdit() const { return m_exclude; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* addButton() const { return m_add; }
    QCheckBox* withFlanksBox() const { return m_withFlanks; }

public Q_SLOTS:
    void cancel();
    // Asks the job to stop; jobFinished follows once it has.
    void cancelJob(std::uint64_t job);
    void chooseGenerator();
    void exportCsvWithDialog();
    void exportFastaWithDialog();

Q_SIGNALS:
    // For the window's jobs dock.
    void jobStarted(std::uint64_t job, const QString& title);
    void jobProgress(std::uint64_t job, qint64 done, qint64 total);
    void jobFinished(std::uint64_t job, const QString& outcome, bool failed);
    // Designs to add to the sequence list: names, and flanks + insert each.
    void designsChosen(const QStringList& names, const QStringList& sequences);
    // Something the user should read (bad settings, a failed run); shown non-modally.
    void problem(const QString& title, const QString& message);

private:
    QWidget* createSettings();
    void updateMethod();
    void updateRunning();
    void refuse(const QString& message);
    void onFinished(std::uint64_t job, const DesignOutcome& outcome);
    void resizeColumns();

    DesignService* m_service;
    DesignTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    DesignScatterPlot* m_scatter;
    QLabel* m_summary;
    QLabel* m_validation;
    QLabel* m_generatorLabel;
    QRadioButton* m_single;
    QRadioButton* m_range;
    QDoubleSpinBox* m_target;
    QDoubleSpinBox* m_from;
    QDoubleSpinBox* m_to;
    QDoubleSpinBox* m_step;
    QSpinBox* m_count;
    QComboBox* m_method;
    QSpinBox* m_steps;
    QSpinBox* m_shift;
    QSpinBox* m_rounds;
    QComboBox* m_searchKind;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_gcMin;
    QDoubleSpinBox* m_gcMax;
    QSpinBox* m_maxHomopolymer;
    QLineEdit* m_motifs;
    std::vector<QCheckBox*> m_presets;
    QSpinBox* m_minDistance;
    QLineEdit* m_exclude;
    QLineEdit* m_leftFlank;
    QLineEdit* m_rightFlank;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_add;
    QPushButton* m_exportCsv;
    QPushButton* m_exportFasta;
    QCheckBox* m_withFlanks;
    ModelProvider m_modelProvider;
    std::shared_ptr<const Model> m_generator;
    QString m_generatorName;
    // The bundled generator, loaded at the first diffusion run (empty when none is bundled).
    QString m_bundledGeneratorPath;
    DesignConstraints m_shownConstraints;  // those the shown designs were made under
    DesignConstraints m_runConstraints;    // those of the run under way
    std::uint64_t m_job = 0;  // the run whose designs the panel waits for (0: none)
};

}  // namespace promoterlab::widgets
