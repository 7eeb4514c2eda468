"""`make train-kk` without KazNERD (a fresh clone): a clear message naming the setting, no traceback."""

from orchestration.extract.kazakh_ner.train import main


def test_missing_kaznerd_names_the_setting(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QOGAM_KAZNERD_DIR", str(tmp_path / "no-kaznerd"))
    assert main(["--model", str(tmp_path / "model.crfsuite")]) == 2
    err = capsys.readouterr().err
    assert "QOGAM_KAZNERD_DIR" in err and str(tmp_path / "no-kaznerd" / "IOB2_valid.txt") in err
    assert not (tmp_path / "model.crfsuite").exists()
