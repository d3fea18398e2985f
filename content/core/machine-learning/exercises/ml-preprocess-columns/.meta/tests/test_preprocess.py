import numpy as np
import pandas as pd

from preprocess import add_features, make_preprocessor

NAN = np.nan
FLATS = pd.DataFrame(
    {
        "id": [101, 102, 103, 104, 105, 106, 107, 108, 109, 110],
        "area": [48.0, 75.0, NAN, 120.0, 33.0, 64.0, 90.0, NAN, 52.0, 150.0],
        "rooms": [2, 3, 3, 5, 1, 3, 4, 2, 2, 6],
        "year_built": [1995.0, 1972.0, 2010.0, NAN, 2018.0, 1960.0, 1988.0, 2001.0, 1930.0, 2015.0],
        "city": ["Lyon", "Paris", "Paris", "Nantes", None, "Lyon", "Paris", "Nantes", "Paris", "Lyon"],
        "heating": ["gas", "electric", "gas", "gas", "electric", "gas", "electric", "gas", "gas", "electric"],
        "price": [210.0, 480.0, 390.0, 560.0, 150.0, 260.0, 610.0, 230.0, 300.0, 720.0],
    }
)
NUMERIC = ["area", "rooms", "year_built"]
CATEGORICAL = ["city", "heating"]
NAMES = [
    "numeric__area", "numeric__rooms", "numeric__year_built",
    "categorical__city_Lyon", "categorical__city_Nantes", "categorical__city_Paris",
    "categorical__heating_electric", "categorical__heating_gas",
]  # fmt: skip


def expected_numbers(train, new):
    """The numeric columns of new, with train's medians for missing values and train's mean and std."""
    medians = train[NUMERIC].median()
    filled_train = train[NUMERIC].fillna(medians)
    mean, std = filled_train.mean(), filled_train.std(ddof=0)
    return ((new[NUMERIC].fillna(medians) - mean) / std).to_numpy()


def fitted_output(frame=FLATS):
    preprocessor = make_preprocessor(NUMERIC, CATEGORICAL)
    output = preprocessor.fit_transform(frame)
    assert isinstance(output, np.ndarray), (
        "fit_transform should give a NumPy array: one-hot encode with "
        "OneHotEncoder(handle_unknown='ignore', sparse_output=False) so the result is dense, not a sparse matrix"
    )
    return preprocessor, output


def test_add_features():
    """add_features adds area_per_room = area / rooms and age = this_year - year_built."""
    result = add_features(FLATS)
    assert isinstance(result, pd.DataFrame), "add_features should return a pandas DataFrame"
    assert list(result.columns) == [*FLATS.columns, "area_per_room", "age"], (
        "add_features should keep every column of the table and add area_per_room then age at the end"
    )
    assert np.allclose(result["area_per_room"], FLATS["area"] / FLATS["rooms"], equal_nan=True), (
        "area_per_room should be area / rooms, with a true division: 48 m2 in 2 rooms is 24.0, "
        "64 m2 in 3 rooms is 21.33..."
    )
    assert result["age"].tolist()[:2] == [30.0, 53.0], (
        "age should be this_year - year_built, with this_year = 2025 by default: built in 1995 means 30"
    )
    assert result["area_per_room"].isna().tolist() == FLATS["area"].isna().tolist(), (
        "A missing area should give a missing area_per_room (NaN): leave the filling to the imputer"
    )
    pd.testing.assert_frame_equal(result[FLATS.columns], FLATS, obj="add_features: the original columns")


def test_add_features_another_year():
    """this_year= changes the age."""
    result = add_features(FLATS, this_year=2030)
    assert result["age"].tolist()[:2] == [35.0, 58.0], (
        "add_features(flats, this_year=2030)['age'] should start [35.0, 58.0]: 2030 - year_built"
    )


def test_shape_and_names():
    """The output has one column per number and one per category, named numeric__... and categorical__..."""
    preprocessor, output = fitted_output()
    assert output.shape == (10, 8), (
        f"For 10 flats, 3 numeric columns, 3 cities and 2 heatings the output should be 10 x 8, not "
        f"{output.shape}: columns not listed (id, price) are left out"
    )
    names = preprocessor.get_feature_names_out().tolist()
    assert names == NAMES, (
        "get_feature_names_out() should list the numeric columns first, then the categories: name the "
        "two parts of the ColumnTransformer 'numeric' and 'categorical', in that order"
    )


def test_numbers_use_the_median_and_are_scaled():
    """A missing number becomes its column's median, then every numeric column is standardised."""
    _, output = fitted_output()
    numbers = output[:, :3]
    assert np.allclose(numbers.mean(axis=0), 0) and np.allclose(numbers.std(axis=0), 1), (
        "Each numeric column should have mean 0 and standard deviation 1 on the training table: "
        "scale the numbers with StandardScaler after imputing"
    )
    expected = expected_numbers(FLATS, FLATS)
    assert np.allclose(numbers, expected), (
        "A missing number should become the MEDIAN of its column (SimpleImputer(strategy='median')), "
        "before scaling: the median is not pulled by one very large flat as the mean is"
    )


def test_categories_are_one_hot():
    """Each category gets a column of 0 and 1; a missing city becomes the most frequent city."""
    _, output = fitted_output()
    cities = output[:, 3:6]
    assert set(np.unique(output[:, 3:])) <= {0.0, 1.0} and (cities.sum(axis=1) == 1).all(), (
        "The category columns should be one-hot: 0 or 1, exactly one 1 per row for the city"
    )
    assert cities[0].tolist() == [1.0, 0.0, 0.0] and output[1, 6:].tolist() == [1.0, 0.0], (
        "Flat 101 is in Lyon (city columns Lyon, Nantes, Paris: [1, 0, 0]) and flat 102 heats with "
        "electricity (heating columns electric, gas: [1, 0])"
    )
    assert cities[4].tolist() == [0.0, 0.0, 1.0], (
        "Flat 105 has no city: it should get the most frequent city, Paris "
        "(SimpleImputer(strategy='most_frequent') before the OneHotEncoder)"
    )


def test_new_flats_use_what_was_learnt():
    """transform on new flats uses the training medians, means and categories; an unknown city is all 0."""
    preprocessor, _ = fitted_output()
    new = pd.DataFrame(
        {
            "id": [201, 202],
            "area": [NAN, 70.0],
            "rooms": [3, 2],
            "year_built": [1999.0, NAN],
            "city": ["Brest", "Nantes"],
            "heating": ["gas", "electric"],
            "price": [0.0, 0.0],
        }
    )
    output = preprocessor.transform(new)
    assert output[0, 3:6].tolist() == [0.0, 0.0, 0.0], (
        "A city never seen in training (Brest) should give 0 in every city column, not an error: "
        "OneHotEncoder(handle_unknown='ignore')"
    )
    assert output[1, 3:].tolist() == [0.0, 1.0, 0.0, 1.0, 0.0], "Flat 202 is in Nantes and heats with electricity"
    assert np.allclose(output[:, :3], expected_numbers(FLATS, new)), (
        "New flats should be filled and scaled with what was learnt on the TRAINING table (its medians, "
        "means and standard deviations), not with their own"
    )


def test_other_columns():
    """make_preprocessor works for any lists of columns, given by name in any order."""
    preprocessor = make_preprocessor(["rooms"], ["heating"])
    shuffled = FLATS[["heating", "price", "rooms", "city"]]
    output = preprocessor.fit_transform(shuffled)
    assert preprocessor.get_feature_names_out().tolist() == [
        "numeric__rooms", "categorical__heating_electric", "categorical__heating_gas",
    ], "make_preprocessor(['rooms'], ['heating']) should give the columns rooms, heating_electric, heating_gas"  # fmt: skip
    assert np.allclose(output[:2], [[-0.7609, 0.0, 1.0], [-0.0692, 1.0, 0.0]], atol=1e-4), (
        "make_preprocessor(['rooms'], ['heating']) should pick the columns by name, wherever they are in the table"
    )


def test_many_categories_stay_dense():
    """With many categories the output is still a plain NumPy array."""
    streets = FLATS.assign(street=[f"street {i}" for i in range(10)])
    output = make_preprocessor(["area"], ["street"]).fit_transform(streets)
    assert isinstance(output, np.ndarray) and output.shape == (10, 11), (
        "With 10 different streets fit_transform should give a 10 x 11 NumPy array: "
        "OneHotEncoder(..., sparse_output=False), else mostly-zero data comes back as a sparse matrix"
    )
