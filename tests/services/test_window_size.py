from desktop.services.window_size import first_window_size


def test_the_first_window_is_most_of_the_screen_but_useful_and_on_it() -> None:
    assert first_window_size(1920, 1080) == (1536, 864)
    assert first_window_size(2560, 1400) == (2048, 1120)
    assert first_window_size(1280, 720) == (1024, 640)  # 80 % would be too small to use
    assert first_window_size(1000, 600) == (1000, 600)  # never larger than the screen
